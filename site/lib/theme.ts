// Theme preference: "light" or "dark" chosen by the reader, else the system's. The stored choice is
// a preference, not an identifier, and never leaves the browser.
export type Theme = 'light' | 'dark';
export const THEME_KEY = 'theme';

export function currentTheme(root: HTMLElement, prefersDark: boolean): Theme {
  const set = root.dataset.theme;
  if (set === 'light' || set === 'dark') return set;
  return prefersDark ? 'dark' : 'light';
}

export function defineThemeToggle(): void {
  if (customElements.get('theme-toggle')) return;
  customElements.define(
    'theme-toggle',
    class extends HTMLElement {
      connectedCallback() {
        const button = this.querySelector('button');
        if (!button) return;
        const root = document.documentElement;
        const media = matchMedia('(prefers-color-scheme: dark)');
        const sync = () => button.setAttribute('aria-pressed', String(currentTheme(root, media.matches) === 'dark'));
        sync();
        media.addEventListener('change', sync);
        button.addEventListener('click', () => {
          const next: Theme = currentTheme(root, media.matches) === 'dark' ? 'light' : 'dark';
          root.dataset.theme = next;
          try {
            localStorage.setItem(THEME_KEY, next);
          } catch {
            // Storage disabled: the choice lasts for this page only.
          }
          sync();
        });
      }
    },
  );
}
