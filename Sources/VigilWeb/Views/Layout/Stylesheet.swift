import Crypto
import Foundation
import VigilCore

/// The site's only stylesheet, served as a file (`SiteURL.stylesheet`) so the Content-Security-Policy
/// can refuse every inline style; no fonts, scripts or files from elsewhere, so pages work
/// offline and print cleanly.
enum Stylesheet {
    /// The start of the stylesheet's SHA-256, in its file name: the name changes whenever the
    /// content does, so browsers may keep it a year (`AssetController.stylesheet`).
    static let fingerprint: String = SHA256.hash(data: Data(css.utf8)).prefix(8).lowercaseHex

    /// The stylesheet's SHA-256 in base64, as a Content-Security-Policy names an inline style it allows.
    static let sha256Base64: String = Data(SHA256.hash(data: Data(css.utf8))).base64EncodedString()


    static let css = """
    :root{--ink:#1b1f24;--muted:#5a6270;--line:#d9dde3;--soft:#f4f6f8;--accent:#1f4e8c;--accent-soft:#e6eef8;
    --warn-bg:#fff4d6;--warn-line:#d99a00;--bad:#9b1c1c;--series-1:#1f4e8c;--series-2:#b45309}
    *{box-sizing:border-box}
    html{font-size:16px}
    body{margin:0;color:var(--ink);background:#fff;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;line-height:1.5}
    a{color:var(--accent)}
    a:hover{text-decoration-thickness:2px}
    code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em;background:var(--soft);padding:.05em .3em;border-radius:3px}
    .wrap{max-width:1180px;margin:0 auto;padding:0 1.25rem}
    .skip-link{position:absolute;left:-999px}
    .skip-link:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:10}
    .site-header{border-bottom:1px solid var(--line);background:#fff}
    .header-row{display:flex;align-items:center;justify-content:space-between;gap:1rem;min-height:3.5rem;flex-wrap:wrap}
    .brand{display:flex;align-items:baseline;gap:.75rem;text-decoration:none;color:var(--ink)}
    .brand-name{font-weight:800;font-size:1.35rem;letter-spacing:.02em}
    .brand-tagline{color:var(--muted);font-size:.9rem}
    nav ul{list-style:none;margin:0;padding:0;display:flex;gap:.25rem}
    nav a{display:block;padding:.4rem .8rem;border-radius:4px;text-decoration:none;color:var(--ink);font-weight:600}
    nav a:hover{background:var(--soft)}
    nav a[aria-current=page]{background:var(--accent-soft);color:var(--accent)}
    .account{display:flex;align-items:center;gap:.5rem;font-size:.9rem}
    .account form{margin:0}
    .help-contents ul{display:block;columns:2 14rem}
    .help-contents a{display:inline-flex;align-items:center;min-height:44px;padding:0}
    .language-switch a{display:inline-flex;align-items:center;min-height:44px;padding:0 .5rem;font-weight:600}
    .form-problem{color:#8a1c1c;font-weight:600}
    .incident{border-top:1px solid var(--line);padding:.75rem 0}
    .incident-internal{border-left:4px solid var(--warn-line);padding-left:.75rem;background:#fffcf3}
    .incident-meta{margin:0 0 .35rem}
    .incident-description{white-space:pre-line;overflow-wrap:anywhere;max-width:60rem;margin:.25rem 0}
    .incident-source{margin:.25rem 0;overflow-wrap:anywhere}
    .incident-counts{max-width:32rem}
    a.button-link{display:inline-block;background:var(--accent);color:#fff;padding:.35rem .8rem;border-radius:4px;font-weight:650;text-decoration:none}
    form.incident-form{max-width:44rem}
    form.incident-form .form-field{margin:0 0 1rem;border:0;padding:0}
    form.incident-form label{display:block;font-weight:650}
    form.incident-form label.choice{font-weight:400}
    form.incident-form input[type=text],form.incident-form input[type=url],form.incident-form select,form.incident-form textarea{width:100%}
    form.incident-form textarea{font:inherit;padding:.4rem;border:1px solid #b8bfc9;border-radius:4px}
    .field-problem{color:#8a1c1c;font-weight:600;margin:.15rem 0}
    .has-problem input,.has-problem select,.has-problem textarea{border-color:#8a1c1c}
    .field-hint{margin:.15rem 0}
    form.sign-in input{display:block;min-width:18rem;padding:.4rem}
    .synthetic-banner{background:var(--warn-bg);border-bottom:2px solid var(--warn-line);padding:.7rem 0;font-size:1rem}
    .synthetic-banner code{background:#fff}
    main.wrap{padding-top:1.75rem;padding-bottom:3rem}
    .nowrap{white-space:nowrap}
    #release-table td.files{white-space:nowrap}
    #release-table tr.has-anomalies th,#release-table tr.has-anomalies td{border-bottom:none}
    #release-table tr.anomaly-detail td{padding-top:0;background:#fffaf0}
    #release-table td.files code{font-size:.8rem}
    #release-table tbody th{white-space:nowrap}
    h1{font-size:1.9rem;line-height:1.2;margin:.25rem 0 .5rem}
    h2{font-size:1.3rem;margin:0 0 .75rem}
    h3{font-size:1.05rem;margin:1.25rem 0 .5rem}
    .lede{color:var(--muted);max-width:60rem;margin:.25rem 0 1rem}
    .eyebrow{text-transform:uppercase;letter-spacing:.06em;font-size:.78rem;color:var(--muted);font-weight:700;margin:0}
    .panel{border:1px solid var(--line);border-radius:6px;padding:1.25rem;margin:1.25rem 0;background:#fff}
    .stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:1rem;margin:1rem 0}
    .stat{border:1px solid var(--line);border-radius:6px;padding:.9rem 1rem;background:var(--soft)}
    .stat-value{font-size:1.7rem;font-weight:750;font-variant-numeric:tabular-nums;line-height:1.2}
    .stat-label{color:var(--muted);font-size:.88rem}
    .stat-note{color:var(--muted);font-size:.8rem;margin-top:.25rem}
    .grid-2{display:grid;grid-template-columns:repeat(auto-fit,minmax(30rem,1fr));gap:1.25rem}
    .grid-2>*{min-width:0}
    .grid-3{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:1.25rem}
    .table-scroll{overflow-x:auto;max-width:100%}
    .table-scroll.tall{max-height:30rem;overflow-y:auto}
    details summary{cursor:pointer;color:var(--accent);font-weight:600;margin:.5rem 0}
    .provenance{font-size:.85rem;color:var(--muted);margin:.25rem 0 0}
    table{border-collapse:collapse;width:100%;font-size:.92rem;margin:.25rem 0}
    caption{text-align:left;font-weight:650;padding:.25rem 0 .5rem;color:var(--ink)}
    caption .caption-note{display:block;font-weight:400;color:var(--muted);font-size:.85rem}
    th,td{padding:.4rem .6rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
    thead th{background:var(--soft);border-bottom:2px solid #c4cad3;font-weight:650;white-space:nowrap}
    tbody tr:nth-child(even){background:#fafbfc}
    tbody th{font-weight:500}
    .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
    thead th a{color:inherit;text-decoration:none}
    thead th a:hover{text-decoration:underline}
    th[aria-sort] a::after{content:" ▾";color:var(--accent)}
    th[aria-sort=ascending] a::after{content:" ▴"}
    tfoot td,tfoot th{font-weight:700;border-top:2px solid #c4cad3}
    .downloads{font-size:.85rem;color:var(--muted);margin:.5rem 0 0}
    .downloads a{font-weight:600}
    .muted{color:var(--muted)}
    .small{font-size:.85rem}
    .hash{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85rem}
    .badge{display:inline-block;font-size:.75rem;font-weight:700;padding:.05rem .45rem;border-radius:999px;background:var(--soft);border:1px solid var(--line);color:var(--muted);white-space:nowrap}
    .badge-warn{background:var(--warn-bg);border-color:var(--warn-line);color:#7a5300}
    .badge-bad{background:#fdecec;border-color:#e7a3a3;color:var(--bad)}
    form.filters{display:flex;flex-wrap:wrap;gap:.75rem;align-items:flex-end;margin:.5rem 0 1rem;padding:.75rem;background:var(--soft);border-radius:6px}
    form.filters label{display:flex;flex-direction:column;font-size:.8rem;font-weight:650;color:var(--muted);gap:.2rem}
    input,select,button{font:inherit;font-size:.92rem;padding:.35rem .5rem;border:1px solid #b8bfc9;border-radius:4px;background:#fff;color:var(--ink)}
    input[type=search]{min-width:14rem}
    button{background:var(--accent);color:#fff;border-color:var(--accent);font-weight:650;cursor:pointer}
    .release-picker{display:flex;gap:.5rem;align-items:center;flex-wrap:wrap;margin:.25rem 0 .75rem}
    .release-picker label{font-weight:650}
    .chart{width:100%;height:auto;display:block;max-width:100%}
    .chart text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;fill:#3d4450}
    .chart .grid{stroke:#e3e6ea;stroke-width:1}
    .chart .axis{stroke:#9aa2ad;stroke-width:1}
    .chart .series-0{stroke:var(--series-1);fill:none;stroke-width:2.5}
    .chart .series-1{stroke:var(--series-2);fill:none;stroke-width:2;stroke-dasharray:6 4}
    .chart .series-2{stroke:#1f4e8c;fill:none;stroke-width:1.7}
    .chart .series-3{stroke:#2e7d32;fill:none;stroke-width:1.7}
    .chart .series-4{stroke:#b45309;fill:none;stroke-width:1.7}
    .chart .series-5{stroke:#5b6470;fill:none;stroke-width:2}
    .chart .dash{stroke-dasharray:5 3}
    .chart .dot-2{fill:#1f4e8c}
    .chart .dot-3{fill:#2e7d32}
    .chart .dot-4{fill:#b45309}
    .chart .dot-5{fill:#5b6470}
    .daily-charts .chart + .chart{margin-top:4px}
    .compare-agree{color:#2e7d32}
    .compare-differ{color:var(--bad)}
    .chart .dot-0{fill:var(--series-1)}
    .chart .dot-1{fill:var(--series-2)}
    .chart .bar{fill:var(--series-1)}
    .chart .part-0{fill:#9b1c1c}.chart .part-1{fill:#b45309}.chart .part-2{fill:#6b21a8}.chart .part-3{fill:#be185d}
    .chart .part-4{fill:#1f4e8c}.chart .part-5{fill:#0f766e}.chart .part-6{fill:#5b6470}
    .chart .legend{font-size:12px}
    .chart .bar-label{font-size:12px}
    .chart .map-state{fill:#eef1f4;stroke:#aeb6c1;stroke-width:0.7;stroke-linejoin:round}
    .chart .map-inset{fill:none;stroke:#c9ced6;stroke-dasharray:3 3}
    .chart .map-label{font-size:12px;fill:#5b6470}
    .chart .map-dot{fill-opacity:0.62;stroke:#ffffff;stroke-width:0.6}
    .chart .legend{font-size:12px}
    .chart-scroll{overflow-x:auto}
    .chart .value-label{font-size:12px;font-variant-numeric:tabular-nums}
    .chart .empty{font-size:14px;fill:var(--muted)}
    .chart .legend{font-size:12px}
    .chart circle:hover{stroke:#000;stroke-width:2}
    dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1.25rem;margin:.5rem 0}
    dl.facts dt{color:var(--muted);font-weight:600}
    dl.facts dd{margin:0}
    ul.anomalies{margin:0;padding-left:1.1rem}
    ul.anomalies li{margin:.15rem 0}
    .empty-state{max-width:44rem;padding:2rem 0}
    .empty-state pre{background:var(--soft);padding:.75rem 1rem;border-radius:6px;overflow-x:auto}
    .site-footer{border-top:1px solid var(--line);background:var(--soft);color:var(--muted);font-size:.85rem;padding:1rem 0 2rem}
    .site-footer p{max-width:62rem}
    .nav-menu{display:none}
    .nav-menu summary{margin:0;padding:0 .9rem;min-height:44px;display:flex;align-items:center;border:1px solid var(--line);border-radius:4px;color:var(--ink)}
    .nav-menu[open] summary{background:var(--soft)}
    :focus-visible{outline:3px solid #f0a500;outline-offset:2px}
    /* Phones and narrow windows: one column, a menu instead of the row of links, controls a thumb can
       hit (44 px), and wide tables that scroll inside their own box with the first column held. */
    @media (max-width:60rem){
      .nav-wide{display:none}
      .nav-menu{display:block}
      .header-row{position:relative}
      .nav-menu[open]>nav{position:absolute;left:0;right:0;top:100%;background:#fff;border-bottom:1px solid var(--line);padding:.5rem 1.25rem 1rem;z-index:20}
      .nav-menu ul{display:grid;grid-template-columns:repeat(auto-fill,minmax(9rem,1fr));gap:.25rem}
      .nav-menu a{min-height:44px;display:flex;align-items:center}
    }
    @media (max-width:40rem){
      .wrap{padding:0 .9rem}
      .grid-2{grid-template-columns:1fr}
      .brand-tagline{display:none}
      h1{font-size:1.5rem}
      main.wrap{padding-top:1rem}
      .panel{padding:.9rem;margin:1rem 0}
      input,select,button,a.button-link,details summary{min-height:44px}
      a.button-link{display:inline-flex;align-items:center}
      input[type=search],form.sign-in input{min-width:0;width:100%}
      form.filters label{flex:1 1 100%}
      .account a,.downloads a,.footer-links a,thead th a,.brand{display:inline-flex;align-items:center;min-height:44px;min-width:44px}
      .table-scroll th a,.table-scroll td a,.incident-meta a,.incident-source a,.incident .small a{display:inline-flex;align-items:center;min-height:44px;min-width:44px}
      main li>a,main p>a:only-child,main h1>a,main h2>a,main h3>a,main .eyebrow>a{display:inline-flex;align-items:center;min-height:44px}
      main li>a{min-width:44px;justify-content:center}
      select{max-width:100%}
      fieldset{min-width:0}
      input{max-width:100%}
      form.filters label{min-width:0}
      input[type=radio],input[type=checkbox]{min-height:0}
      label.choice{display:flex;align-items:center;gap:.5rem;min-height:44px}
      dl.facts{grid-template-columns:1fr;gap:0}
      dl.facts dd{margin:0 0 .5rem}
      .table-scroll th:first-child,.table-scroll td:first-child{position:sticky;left:0;background:#fff;z-index:1;box-shadow:1px 0 0 var(--line)}
      .table-scroll thead th:first-child{background:var(--soft)}
      .table-scroll tbody tr:nth-child(even) th:first-child,.table-scroll tbody tr:nth-child(even) td:first-child{background:#fafbfc}
      pre,code{overflow-wrap:anywhere;white-space:pre-wrap}
      p,li,dd,caption{overflow-wrap:anywhere}
    }
    .press-counts{list-style:none;display:flex;flex-wrap:wrap;gap:.4rem 1rem;padding:0;margin:.5rem 0}
    .press-ok-badge{background:#e6f4ea;border-color:#9cc9a8;color:#1e5e2f}
    .press-report{margin:1rem 0}
    .press-row{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.25rem;border-top:1px solid var(--line);padding:.6rem 0}
    .press-text{margin:0;line-height:1.75}
    .press-notes{display:flex;flex-direction:column;gap:.5rem}
    .press-note{border-left:4px solid #9cc9a8;padding:.3rem .6rem;background:var(--soft);border-radius:4px}
    .press-note p{margin:.15rem 0}
    .press-note.press-flag{border-left-color:var(--warn-line)}
    .press-note:target{outline:2px solid var(--accent)}
    .press-mark.press-ok{background:#e6f4ea}
    .press-mark.press-flag{background:var(--warn-bg);box-shadow:0 2px 0 var(--warn-line)}
    .press-mark.press-claim{background:none;box-shadow:none;text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:3px;text-decoration-color:#9cc9a8}
    .press-mark.press-claim.press-flag{text-decoration-color:var(--bad);text-decoration-style:wavy}
    .press-marker{font-size:.7rem;vertical-align:super;font-weight:700;margin:0 .1rem 0 .15rem;text-decoration:none}
    .press-rules h3{font-size:1rem;margin:.75rem 0 .25rem}
    @media (max-width:50rem){.press-row{grid-template-columns:1fr}}
    .letter-layout{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,1fr);gap:2rem;align-items:start}
    .letter{max-width:44rem}
    .letterhead{border-bottom:2px solid var(--ink);margin-bottom:1rem}
    .letterhead-name{font-size:1.4rem;font-weight:700;margin:.25rem 0}
    .letter-title{font-size:1.3rem}
    .recipient{margin:.75rem 0}
    .demands li{margin:.6rem 0}
    .signatory-list{columns:2;padding-left:1.1rem}
    .fact-sheet{border:1px solid var(--line);border-radius:6px;padding:0 1rem 1rem;background:var(--soft)}
    .fact-sheet dt{font-weight:700;margin-top:1rem}
    .fact-sheet dd{margin:0}
    .fact-value{font-size:1.1rem;margin:.25rem 0}
    .fact.unavailable .fact-value{color:var(--muted);font-style:italic}
    .claim-check{border-left:3px solid var(--warn-line);background:var(--warn-bg);padding:.25rem .5rem}
    .hp-field{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
    .editor-bar{border:1px solid var(--line);padding:.5rem 1rem;border-radius:6px;margin-bottom:1rem}
    .inline-form{display:inline-block;margin:0 .25rem .25rem 0}
    .cluster{border-left:3px solid var(--accent);padding-left:.5rem;margin:1rem 0}
    .notice{border-left:3px solid var(--accent);background:var(--accent-soft);padding:.5rem .75rem}
    @media (max-width:40rem){.letter-layout{grid-template-columns:1fr}}
    dl.facts{display:grid;grid-template-columns:minmax(10rem,16rem) 1fr;gap:.25rem 1rem;margin:.5rem 0 1rem}
    dl.facts dt{font-weight:600}
    dl.facts dd{margin:0}
    .case-notes{white-space:pre-wrap}
    .draft-banner{border:2px solid #8a1c1c;padding:.6rem .9rem;margin:1rem 0;font-weight:600}
    .draft-toolbar{margin:1rem 0}
    .draft-body{max-width:46rem;line-height:1.5}
    .draft-body[contenteditable]{outline:1px dashed var(--line);padding:1rem}
    .draft-body h1{font-size:1.4rem}
    .draft-body .draft-meta{margin:0 0 1rem}
    @media (max-width:40rem){}
    @media print{
      .site-header nav,.skip-link,form,.downloads,.release-picker{display:none}
      .synthetic-banner{border:2px solid #000;background:#fff}
      .panel{border:none;padding:0;break-inside:avoid-page}
      a{color:inherit;text-decoration:none}
      body{font-size:11pt}
      tr,svg{break-inside:avoid}
      .table-scroll,.table-scroll.tall{overflow:visible;max-height:none}
      details{display:block}
      .letter-layout{display:block}.fact-sheet{break-before:page;background:#fff}.editor-bar{display:none}
      .draft-toolbar{display:none}
      .draft-body[contenteditable]{outline:none;padding:0}
    }
    """
}
