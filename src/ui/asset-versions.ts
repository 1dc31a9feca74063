// Written by scripts/asset-versions.ts (npm run assets); do not edit.
export const assetVersions = {
  "styles.css": "d845b2431ebf",
  "app.js": "b2f25d9b06a7",
} as const;
