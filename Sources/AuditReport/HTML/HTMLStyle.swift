/// The one style sheet of every page: a system CJK font stack (nothing fetched), the Okabe–Ito
/// colours (safe for colour-blind readers), a layout that reads on a phone and prints on A4.
///
/// The pages allow this style sheet by its hash (`HTMLPage`), so it must not change per page.
enum HTMLStyle {
    static let css = """
        :root{--ink:#1a1a1a;--muted:#5b5b5b;--rule:#d0d0d0;--paper:#fff;--band:#f4f4f2;\
        --blue:#0072B2;--orange:#E69F00;--green:#009E73;--sky:#56B4E9;--vermillion:#D55E00;\
        --purple:#CC79A7;--yellow:#F0E442;--grey:#8c8c8c}
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%}
        body{margin:0 auto;max-width:1040px;padding:16px;color:var(--ink);background:var(--paper);\
        font:15px/1.6 system-ui,-apple-system,"Segoe UI","Microsoft YaHei","PingFang SC","Hiragino Sans GB",\
        "Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif}
        h1{font-size:1.5em;margin:.2em 0 .3em}
        h2{font-size:1.2em;margin:1.6em 0 .5em;padding-bottom:.2em;border-bottom:2px solid var(--ink)}
        h3{font-size:1.02em;margin:1.2em 0 .4em}
        p,ul,ol{margin:.4em 0}
        .meta{color:var(--muted)}
        .status{margin:.6em 0;padding:.6em .8em;border:2px solid var(--ink);border-radius:4px;background:var(--band)}
        .status strong{font-size:1.05em}
        .scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
        table{border-collapse:collapse;margin:.5em 0;font-size:.92em;min-width:50%}
        th,td{border:1px solid var(--rule);padding:.3em .5em;text-align:left;vertical-align:top}
        th{background:var(--band);font-weight:600}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        tr.total td{font-weight:600}
        table.inputs td:first-child{word-break:break-all;min-width:12em}
        table.inputs th,table.inputs td:nth-child(2),table.findings td:first-child,table.findings td:nth-child(2),\
        table.targets td:nth-child(-n+4){white-space:nowrap}
        table.targets td:nth-child(n+6),table.findings td:last-child{min-width:14em}
        table.figures{font-size:.78em;min-width:0}
        table.figures td,table.figures th{padding:.1em .4em}
        figure{margin:1em 0}
        figure.daily{display:grid;grid-template-columns:minmax(0,1fr) minmax(220px,300px);column-gap:14px;\
        align-items:start}
        figure.daily figcaption,figure.daily .legend{grid-column:1/-1}
        .tablebox{max-height:300px;overflow:auto}
        .tablebox table{margin-top:0;width:100%}
        figcaption{font-weight:600;margin-bottom:.3em}
        svg.chart{width:100%;height:auto;max-width:760px;display:block}
        svg text{font-family:inherit;font-size:11px;fill:var(--ink)}
        svg .axis{stroke:var(--ink);stroke-width:1}
        svg .grid{stroke:var(--rule);stroke-width:1}
        svg .free{fill:var(--blue)}
        svg .paid{fill:var(--orange)}
        svg .own{fill:var(--green)}
        svg .other{fill:var(--grey)}
        svg .spend{fill:var(--sky)}
        svg .over{fill:var(--vermillion)}
        svg .clean{fill:var(--blue)}
        svg .fake{fill:url(#hatch)}
        svg .roi{fill:none;stroke:var(--blue);stroke-width:2}
        svg .point{fill:var(--blue)}
        svg .limit{stroke:var(--vermillion);stroke-width:2;stroke-dasharray:6 4}
        svg .breach{fill:var(--vermillion);fill-opacity:.15}
        svg .mark{fill:var(--ink)}
        svg .up{fill:var(--green)}
        svg .down{fill:var(--vermillion)}
        svg .base{fill:var(--grey)}
        svg .connector{stroke:var(--muted);stroke-dasharray:2 2}
        svg .share0{fill:var(--blue)}
        svg .share1{fill:var(--orange)}
        svg .share2{fill:var(--green)}
        svg .share3{fill:var(--purple)}
        .multiples{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:12px}
        figure.multiple{margin:0;border:1px solid var(--rule);padding:8px}
        figure.multiple table{width:100%}
        figure.multiple td{white-space:nowrap}
        svg.small{max-width:360px}
        pre.message{white-space:pre-wrap;background:var(--band);border:1px solid var(--rule);padding:.8em;font:inherit}
        .attain{display:inline-block;vertical-align:middle;width:90px;height:10px}
        .met{color:#00704f}
        .near{color:#8a5a00}
        .missed{color:#b34700}
        .unknown{color:var(--muted)}
        .sev-high{font-weight:700}
        .change{color:var(--ink);white-space:nowrap}
        .note{color:var(--muted);font-size:.9em}
        .anchor{scroll-margin-top:12px}
        @media (max-width:820px){figure.daily{display:block}}
        @media (max-width:600px){body{padding:8px;font-size:14px}table{font-size:.85em}}
        @media print{
        @page{size:A4;margin:14mm}
        body{max-width:none;padding:0;font-size:10.5pt}
        section{break-before:page}
        section.first{break-before:auto}
        figure svg,tr{break-inside:avoid}
        h2,h3,figcaption,.legend{break-after:avoid}
        thead{display:table-header-group}
        .scroll{overflow:visible}
        figure.daily{display:block}
        .tablebox{max-height:none;overflow:visible}
        table.figures{font-size:7pt}
        table.figures td,table.figures th{padding:0 .3em;line-height:1.2}
        a{color:inherit;text-decoration:none}
        }
        """

    /// `'sha256-…'`: the style sheet's hash for the page's Content-Security-Policy.
    static let cspHash = "'sha256-" + SHA256.base64Digest(Array(css.utf8)) + "'"

    /// The policy every page carries, first in `<head>` after the charset: no script, nothing
    /// fetched, no form, no base URL; only this style sheet and images from data: URLs.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src \(cspHash); img-src data:; base-uri 'none'; form-action 'none'"
}
