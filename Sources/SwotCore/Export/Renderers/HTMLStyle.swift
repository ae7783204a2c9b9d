/// The HTML report's stylesheet: calm, printable on A4, readable on a phone.
enum HTMLStyle {
    static let css = """
        :root { --ink: #1f2933; --muted: #52606d; --rule: #c9d1d9; --accent: #1f4e79; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 50rem; padding: 1.5rem 1rem 3rem; color: var(--ink);
          font: 16px/1.5 "Liberation Sans", Helvetica, Arial, sans-serif; }
        h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .6rem; color: var(--accent); }
        h2 { font-size: 1.3rem; margin: 2rem 0 .8rem; padding-bottom: .25rem; border-bottom: 2px solid var(--accent);
          color: var(--accent); }
        h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
        p, ul, ol { margin: .4rem 0 .7rem; }
        li { margin: .2rem 0; }
        .cover { border-bottom: 1px solid var(--rule); padding-bottom: .6rem; }
        .facts { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: .1rem .8rem;
          color: var(--muted); font-size: .92rem; }
        .facts div { display: contents; }
        .facts dt { font-weight: bold; }
        .facts dd { margin: 0; }
        #summary h2 { margin-top: 1rem; }
        #summary { font-size: 1.02rem; }
        .note { border-left: 4px solid #d9a21b; background: #fdf6e3; padding: .4rem .7rem; }
        .table-wrap { overflow-x: auto; margin: .5rem 0 1rem; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; }
        th, td { border: 1px solid var(--rule); padding: .3rem .45rem; vertical-align: top; text-align: left; }
        thead th { background: #e8eef4; }
        td.number, th.number { text-align: right; }
        table.matrix { table-layout: fixed; margin: .5rem 0 1rem; }
        table.matrix thead th:first-child, table.matrix tbody th { width: 5.5rem; }
        table.matrix tbody th { background: #e8eef4; }
        table.matrix td ul { margin: .2rem 0 0; padding-left: 1.1rem; }
        table.matrix .cell-title { font-weight: bold; margin: 0; }
        table.matrix .empty { font-style: italic; color: var(--muted); margin: 0; }
        .tone-s, .tone-so { background: #dff0e3; }
        .tone-w, .tone-wo { background: #fbe6d3; }
        .tone-o, .tone-st { background: #dce9f7; }
        .tone-t, .tone-wt { background: #f6dcdc; }
        figure.chart { margin: 1rem 0; text-align: center; }
        figure.chart svg { max-width: 100%; height: auto; }
        figcaption { color: var(--muted); font-size: .9rem; margin-top: .3rem; }
        @media (max-width: 600px) {
          body { padding: 1rem .6rem 2rem; font-size: 15px; }
          table.matrix thead th:first-child, table.matrix tbody th { width: 3.2rem; font-size: .75rem;
            overflow-wrap: anywhere; }
          table.matrix td { font-size: .82rem; }
        }
        @page { size: A4; margin: 16mm 15mm 18mm; @bottom-right { content: counter(page); font-size: 9pt; } }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; line-height: 1.4; }
          h1 { font-size: 17pt; }
          h2 { font-size: 14pt; margin-top: 0; }
          #summary { font-size: 10pt; }
          #summary h2 { margin-top: .6rem; }
          #summary h3 { margin: .7rem 0 .2rem; }
          #summary p, #summary ul, #summary ol { margin: .2rem 0 .4rem; }
          #summary li { margin: .1rem 0; }
          section { break-before: page; }
          section#summary { break-before: auto; }
          h2, h3 { break-after: avoid; }
          thead { display: table-header-group; }
          tr, figure, li { break-inside: avoid; }
          figure.chart svg { max-height: 88mm; width: auto; }
          .table-wrap { overflow: visible; }
          a { color: inherit; text-decoration: none; }
        }
        """
}
