// Written by scripts/asset-versions.ts (npm run assets); do not edit.
export const assetVersions = {
  "styles.css": "cc851f998b4a",
  "app.js": "61f247c51ee1",
} as const;
