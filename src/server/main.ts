/** The server bundle's single global (`KpiSheets`): what the top-level functions of Code.js call. */
export { run } from './custom-functions';
export { resetSettings } from './settings';
export { onInstall, onOpen, rebuildFromMenu, runSelfTest, showHelp, showSelfTest, showSidebar, sidebarActivate, sidebarBuild, sidebarRebuild, sidebarSelection, sidebarState } from './sidebar';

/** The server functions Code.js declares at top level: triggers, menu items and the sidebar's RPCs. */
export const SERVER_FUNCTIONS = ['onOpen', 'onInstall', 'showSidebar', 'rebuildFromMenu', 'showHelp', 'sidebarState', 'sidebarSelection', 'sidebarBuild', 'sidebarRebuild', 'sidebarActivate', 'showSelfTest', 'runSelfTest'] as const;
