// Written by scripts/asset-versions.ts (npm run assets); do not edit.
export const assetVersions = {
  "styles.css": "10b22ab8317b",
  "app.js": "6ecbd27f0d3a",
} as const;
