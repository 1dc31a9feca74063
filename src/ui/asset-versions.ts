// Written by scripts/asset-versions.ts (npm run assets); do not edit.
export const assetVersions = {
  "styles.css": "312073f5b3de",
  "app.js": "b0c12f5ea5e8",
} as const;
