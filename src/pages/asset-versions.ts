// Written by scripts/asset-versions.ts (npm run assets); do not edit.
export const assetVersions = {
  "styles.css": "da52affe2de8",
  "app.js": "6ecbd27f0d3a",
} as const;
