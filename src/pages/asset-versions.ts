// Written by scripts/asset-versions.ts (npm run assets); do not edit.
export const assetVersions = {
  "styles.css": "57d8280b57b4",
  "app.js": "6ecbd27f0d3a",
} as const;
