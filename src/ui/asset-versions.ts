// Written by scripts/asset-versions.ts (npm run assets); do not edit.
export const assetVersions = {
  "styles.css": "de05cb8bbf6d",
  "app.js": "fac22290cd6d",
} as const;
