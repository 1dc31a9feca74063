// Written by scripts/asset-versions.ts (npm run assets); do not edit.
export const assetVersions = {
  "styles.css": "f1f4f95a806f",
  "app.js": "6ecbd27f0d3a",
} as const;
