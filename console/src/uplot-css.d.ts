// Vite's `?inline` import: a CSS file's text, which a lit element adopts as a constructed style sheet (the console's
// CSP allows no inline <style>).
declare module '*.css?inline' {
  const css: string;
  export default css;
}
