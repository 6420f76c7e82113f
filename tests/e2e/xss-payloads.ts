/**
 * Notes an attacker might save, shared by the sanitiser's unit test (lib/markdown.test.ts) and the
 * browser test that renders them (tests/e2e/annotations.spec.ts). Each one, if it worked, would run
 * script, fire a dialog, or leave an on* handler or a javascript:/data:/vbscript: address in the DOM.
 */
export const XSS_PAYLOADS: { name: string; markdown: string }[] = [
  { name: "script tag", markdown: "<script>alert('xss-script')</script>" },
  { name: "script tag, mixed case", markdown: "<ScRiPt>alert(1)</sCrIpT>" },
  { name: "img onerror", markdown: '<img src=x onerror="alert(\'xss-img\')">' },
  { name: "svg onload", markdown: "<svg onload=alert(1)>" },
  { name: "svg with script", markdown: '<svg><script>alert("xss-svg")</script></svg>' },
  { name: "iframe srcdoc", markdown: '<iframe srcdoc="<script>alert(1)</script>"></iframe>' },
  { name: "body onload", markdown: "<body onload=alert(1)>" },
  { name: "details ontoggle", markdown: "<details open ontoggle=alert(1)>x</details>" },
  { name: "a with javascript: href (HTML)", markdown: '<a href="javascript:alert(1)">click</a>' },
  { name: "markdown javascript: link", markdown: "[click me](javascript:alert(1))" },
  { name: "markdown JaVaScRiPt: link", markdown: "[click me](JaVaScRiPt:alert(1))" },
  { name: "markdown javascript: with tab", markdown: "[click me](java\tscript:alert(1))" },
  { name: "markdown entity-encoded scheme", markdown: "[click me](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))" },
  { name: "markdown hex-entity scheme", markdown: "[click me](&#x6A;avascript:alert(1))" },
  { name: "markdown named-entity colon", markdown: "[click me](javascript&colon;alert(1))" },
  { name: "markdown percent-encoded scheme", markdown: "[click me](%6Aavascript:alert(1))" },
  { name: "markdown data: link", markdown: "[click me](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)" },
  { name: "markdown vbscript: link", markdown: "[click me](vbscript:msgbox(1))" },
  { name: "markdown reference link to javascript:", markdown: "[click me][evil]\n\n[evil]: javascript:alert(1)" },
  { name: "autolink javascript:", markdown: "<javascript:alert(1)>" },
  { name: "autolink data:", markdown: "<data:text/html,<script>alert(1)</script>>" },
  { name: "markdown image onerror", markdown: '![x" onerror="alert(1)](https://example.org/x.png)' },
  { name: "markdown image javascript:", markdown: "![x](javascript:alert(1))" },
  { name: "link title breaking out", markdown: '[x](https://example.org "a\\" onmouseover=\\"alert(1)")' },
  { name: "style tag", markdown: "<style>body{background:url(javascript:alert(1))}</style>" },
  { name: "object data", markdown: '<object data="javascript:alert(1)"></object>' },
  { name: "math with href", markdown: '<math><mtext><a href="javascript:alert(1)">x</a></mtext></math>' },
  { name: "form action", markdown: '<form action="javascript:alert(1)"><button>go</button></form>' },
  { name: "meta refresh", markdown: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">' },
  { name: "protocol-relative link", markdown: "[x](//evil.example/steal)" },
  { name: "html comment smuggling", markdown: "<!--><img src=x onerror=alert(1)>-->" },
  { name: "code span with script", markdown: "`<script>alert(1)</script>`" },
];
