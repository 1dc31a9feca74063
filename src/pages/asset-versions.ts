// Written by scripts/asset-versions.ts (npm run assets); do not edit.
export const assetVersions = {
  "styles.css": "3c38d76f3263",
  "app.js": "6ecbd27f0d3a",
} as const;
