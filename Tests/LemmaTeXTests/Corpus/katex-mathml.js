// Renders TeX with KaTeX's MathML output. Input on stdin: a JSON array of {tex, display}.
// Output on stdout: a JSON array of MathML strings (KaTeX error markup when it cannot parse).
const path = process.env.KATEX_PATH || '/usr/share/javascript/katex/katex.js';
const katex = require(path);
let input = '';
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const items = JSON.parse(input);
  const output = items.map(({ tex, display }) => {
    try {
      return katex.renderToString(tex, { output: 'mathml', displayMode: display, throwOnError: true });
    } catch (error) {
      return 'KATEX-ERROR ' + String(error.message);
    }
  });
  process.stdout.write(JSON.stringify(output));
});
