/** The sidebar bundle's entry: starts the sidebar once the document is parsed (dist/Sidebar.html inlines this bundle). */
import { startSidebar } from './app';

function start(): void {
  try {
    startSidebar(document).ready.catch((error: unknown) => console.error(error));
  } catch (error) {
    console.error(error);
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
