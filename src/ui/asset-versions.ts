// Written by scripts/asset-versions.ts (npm run assets); do not edit.
export const assetVersions = {
  "styles.css": "312073f5b3de",
  "app.js": "b2f25d9b06a7",
} as const;
