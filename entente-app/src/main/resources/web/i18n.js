// The pages' two languages. The English words of the static pages are in their HTML (what a browser
// without scripts shows); an element marked data-i18n="key" takes the Japanese of that key here.
// Words the scripts write come from t(key), in either language. The language is the address's
// ?lang=, else the one last chosen (kept in localStorage), else the browser's first of ja and en.
"use strict";

(function () {
  const LANGUAGES = ["en", "ja"];
  const STORED = "entente.lang";

  // One entry a key: [English, Japanese]. {0}, {1} … are filled by t(key, a, b …).
  const WORDS = {
    // the header and language switch
    "nav.home": ["Entente", "Entente"],
    "nav.pick": ["Entente: pick states", "Entente：国を選ぶ"],
    "nav.search": ["Search", "検索"],
    "nav.with": ["Who stands with", "近い国"],
    "nav.import": ["Import", "取り込み"],
    "nav.compare": ["Compare pairs", "ペアの比較"],
    "nav.camps": ["Camps", "陣営"],
    "nav.glossary": ["Glossary", "用語集"],
    "nav.api": ["API (OpenAPI)", "API（OpenAPI）"],
    "nav.main": ["site", "サイト"],
    "switch.label": ["日本語", "English"],
    "switch.title": ["この頁を日本語で", "This page in English"],
    "loading": ["Loading…", "読み込み中…"],
    "page.failed": ["Could not show this page: {0}", "この頁を表示できません：{0}"],
    "server.status": ["the server answered {0}", "サーバーの応答：{0}"],
    "chart.missing": ["The chart library did not load.", "グラフのライブラリを読み込めませんでした。"],
    "address.lacks": ["the address lacks the state {0}= (go back to the index to pick states)", "アドレスに国 {0}= がない（トップに戻って国を選んでください）"],
    "address.lacksArticle": ["the address lacks source= or event=", "アドレスに source= または event= がない"],

    // the index
    "index.lead": ["How close states are to one another, from evidence: UN votes, treaties, vetoes, sanctions and events. Every number leads to the records it came from.", "国と国の近さを、国連投票・条約・拒否権・制裁・出来事という根拠から測ります。どの数値からも、その元になった記録をたどれます。"],
    "index.question": ["Do China, Russia and North Korea form a bloc, and since when?", "中国・ロシア・北朝鮮は「反米トライアングル」を成すのか、それはいつからか"],
    "index.questionNote": ["The question Entente was founded on, answered from the bundled data: the judgement the briefing opens with.", "Entente の出発点となった問いへの、同梱データからの答え（ブリーフィング冒頭の判断）。"],
    "index.asOf": ["Judged for {0}–{1}. {2}", "判断の対象：{0}～{1}年。{2}"],
    "index.sources": ["Evidence behind these sentences:", "これらの文の根拠："],
    "evidence.treaties": ["treaties", "条約"],
    "index.more": ["The triangle year by year", "三角関係を年ごとに見る"],
    "index.ask": ["Ask about other states", "ほかの国について調べる"],
    "index.pickHint": ["Pick states by ISO 3166 alpha-3 code (CHN, RUS, PRK) or by name, in English or Japanese (North Korea, 北朝鮮).", "国は ISO 3166 の3文字コード（CHN、RUS、PRK）または国名（北朝鮮、North Korea）で指定します。"],
    "index.triad": ["Three states: the strategic triangle", "3か国：戦略的三角関係"],
    "index.dyad": ["Two states: the relation", "2か国：関係"],
    "index.with": ["One state: who stands with it", "1か国：どの国が近いか"],
    "index.search": ["Search the stored articles and events", "保存済みの記事と出来事を検索"],
    "index.api": ["For programs: the REST API", "プログラムから：REST API"],
    "index.apiText": ["Every page here is built from a JSON API; its endpoints are listed on the API page.", "この頁の数値はすべて JSON の API から来ています。エンドポイントの一覧は API の頁にあります。"],
    "form.first": ["First state", "1番目の国"],
    "form.second": ["Second state", "2番目の国"],
    "form.third": ["Third state", "3番目の国"],
    "form.state": ["State", "国"],
    "form.from": ["From year", "開始年"],
    "form.to": ["To year", "終了年"],
    "form.showTriad": ["Show the triangle", "三角関係を表示"],
    "form.showDyad": ["Show the relation", "関係を表示"],
    "form.showWith": ["Rank the states", "順位を表示"],
    "form.words": ["Words", "語句"],
    "form.search": ["Search", "検索"],
    "form.missing": ["{0} is missing.", "{0}が入力されていません。"],
    "form.notState": ["“{0}” is not a state code or name (letters, as in CHN or North Korea).", "「{0}」は国のコードでも国名でもありません（CHN や North Korea のような文字列）。"],
    "form.twice": ["“{0}” is given twice; pick different states.", "「{0}」が2度指定されています。別の国を選んでください。"],
    "form.badYear": ["“{0}” is not a year (four digits, as 2015).", "「{0}」は年ではありません（2015 のような4桁の数）。"],
    "form.by": ["Rank by", "順位の基準"],
    "form.byAlignment": ["UN-vote alignment (κ)", "国連投票の一致（κ）"],
    "form.byRelation": ["relation index", "関係指数"],
    "form.top": ["How many", "表示数"],
    "form.minN": ["At least this many roll calls", "最少の記録投票数"],

    // shared pieces of the analysis pages
    "range.legend": ["Years", "期間"],
    "range.apply": ["Show these years", "この期間を表示"],
    "range.all": ["All years", "全期間"],
    "briefing.lead": ["The briefing on this selection:", "この選択のブリーフィング："],
    "briefing.pdf": ["PDF", "PDF"],
    "briefing.html": ["HTML", "HTML"],
    "briefing.other": ["in Japanese", "英語版"],
    "briefing.note": ["(built on first request: allow a few seconds)", "（初回は作成に数秒かかります）"],
    "briefing.building": ["Building the briefing… ({0} s)", "ブリーフィングを作成中…（{0}秒）"],
    "briefing.ready": ["The briefing is ready.", "ブリーフィングができました。"],
    "judgement.heading": ["Judgement", "判断"],
    "judgement.lead": ["The briefing's opening, from the measures and their uncertainty.", "ブリーフィング冒頭の判断。各指標とその不確かさから導いたもの。"],
    "judgement.json": ["the statements as JSON", "判断文の JSON"],
    "judgement.none": ["No judgement: {0}", "判断なし：{0}"],
    "judgement.thin": ["Where the evidence is thin:", "根拠が薄い点："],
    "data.json": ["the data as JSON", "データの JSON"],
    "table.csv": ["Download as CSV", "CSV でダウンロード"],
    "table.newest": ["Newest first", "新しい順"],
    "table.oldest": ["Oldest first", "古い順"],
    "years.count": ["{0} years.", "{0}年分。"],
    "sign.+": ["amity", "友好"],
    "sign.0": ["neutral", "中立"],
    "sign.-": ["enmity", "敵対"],
    "sign.?": ["no evidence", "根拠なし"],
    "type.menage_a_trois": ["ménage à trois", "全て友好（ménage à trois）"],
    "type.romantic_triangle": ["romantic triangle", "ロマンチック・トライアングル"],
    "type.stable_marriage": ["stable marriage", "安定的結婚"],
    "type.unit_veto": ["unit veto", "相互敵対（unit veto）"],
    "type.undetermined": ["undetermined", "判定不能"],
    "type.likely": ["{0} (most likely {1})", "{0}（最も可能性が高いのは{1}）"],
    "roles.pivot": ["{0} is the pivot; {1} are wings", "要は{0}、両翼は{1}"],
    "roles.pariah": ["{0} are partners; {1} is isolated", "{0}が協調し、{1}が孤立"],
    "yes": ["yes", "はい"],
    "no": ["no", "いいえ"],
    "and": [" and ", "と"],
    "list.sep": [", ", "、"],
    "interval": ["{0} [{1}, {2}]", "{0}［{1}～{2}］"],
    "valueSign": ["{0}: {1}", "{0}：{1}"],

    // the triad page
    "triad.title": ["Strategic triangle", "戦略的三角関係"],
    "triad.titleOf": ["Strategic triangle {0}", "戦略的三角関係 {0}"],
    "triad.pairs": ["Each pair on its own:", "各ペア："],
    "triad.chart": ["Relation index of each pair", "各ペアの関係指数"],
    "triad.chartText": ["The relations dimension of each pair, from −1 (enmity) to +1 (amity), one estimate a year with its 80 % interval shaded.", "各ペアの関係の次元（−1＝敵対～＋1＝友好）。年ごとの推定値と80 %区間（網掛け）。"],
    "triad.chartLabel": ["line chart of the three pair indices by year with their 80 % intervals", "3つのペアの関係指数と80 %区間の年ごとの折れ線グラフ"],
    "triad.diagram": ["The triangle in one year", "ある年の三角形"],
    "triad.diagramText": ["Each side is one pair: its colour the sign of the relation, its thickness the strength. Move the slider through the years.", "各辺が1つのペア。色は関係の符号、太さは強さ。スライダーで年を動かせます。"],
    "triad.year": ["Year", "年"],
    "triad.types": ["Type of the triangle by year", "年ごとの三角関係の型"],
    "triad.typesText": ["Dittmer's types from the most likely signs of the three pairs, claimed when the model gives them a probability p of 0.8 or more, else undetermined (with the most likely type beside). A pair's sign is amity or enmity only when its 80 % interval (in brackets) excludes 0, else neutral. Alignment: whether the pair takes the same positions, with its 80 % interval. Links open the UN roll calls behind each pair's year.", "Dittmer の型。3つのペアの最も確からしい符号から、モデル上の確率 p が0.8以上のときに判定し、それ未満は判定不能とする（最も可能性が高い型を併記）。ペアの符号は80 %区間（括弧内）が0を含まないときだけ友好または敵対、それ以外は中立。立場の一致：ペアが同じ立場をとるかどうか（80 %区間つき）。リンクは各ペアのその年の国連記録投票を開く。"],
    "col.year": ["year", "年"],
    "col.type": ["type", "型"],
    "col.p": ["p", "p"],
    "col.roles": ["roles", "役割"],
    "col.alignment": ["alignment", "立場の一致"],
    "col.rollCalls": ["roll calls", "記録投票"],
    "col.index": ["relation index [80 %]", "関係指数［80 %］"],
    "col.alignmentI": ["alignment [80 %]", "立場の一致［80 %］"],
    "col.kappa": ["κ", "κ"],
    "col.basis": ["basis", "根拠の種類"],
    "col.evidence": ["evidence", "根拠"],
    "col.sources": ["sources", "出典"],
    "series.index": ["relation index", "関係指数"],
    "col.pair": ["pair", "ペア"],
    "col.frustrated": ["against the split", "分け方と不整合"],
    "col.rank": ["rank", "順位"],
    "col.state": ["state", "国"],
    "col.value": ["value", "値"],
    "col.n": ["roll calls", "記録投票数"],

    // the dyad page
    "dyad.title": ["Relation", "関係"],
    "dyad.titleOf": ["Relation {0}", "関係 {0}"],
    "dyad.chart": ["Relations, alignment and UN-vote κ", "関係・立場の一致・国連投票のκ"],
    "dyad.chartText": ["The two dimensions of the relation, one estimate a year with its 80 % interval shaded: relations (the index: how the two treat each other, from −1 enmity to +1 amity) and alignment (whether they take the same positions); and the κ of UN votes as measured.", "関係の2つの次元（年ごとの推定値と80 %区間の網掛け）：関係指数（互いをどう扱うか、−1＝敵対～＋1＝友好）と立場の一致（同じ立場をとるか）。あわせて国連投票のκの実測値。"],
    "dyad.chartLabel": ["line chart of the relations and alignment dimensions with their 80 % intervals, and kappa, by year", "関係指数と立場の一致（80 %区間つき）、κの年ごとの折れ線グラフ"],
    "dyad.timeline": ["Timeline of evidence", "根拠の年表"],
    "dyad.timelineText": ["The sign is amity or enmity only when the index's 80 % interval (in brackets) excludes 0, else neutral. Basis: the sources behind the year's estimates.", "符号は関係指数の80 %区間（括弧内）が0を含まないときだけ友好または敵対、それ以外は中立。根拠の種類：その年の推定の元になった資料。"],
    "dyad.sanctions": ["Sanctions regimes between them", "両国間の制裁制度"],
    "dyad.sanctionsText": ["The autonomous regimes and counter-sanctions in force in these years, one row per instrument, each with its citation. The UN's regimes and the designation lists' programmes are in the evidence column above.", "この期間に有効だった独自制裁と対抗措置（法令ごとに1行、出典つき）。国連の制裁と指定リストのプログラムは上の根拠の欄にある。"],
    "dyad.tiesJson": ["the ties as JSON", "結びつきの JSON"],
    "dyad.noRegime": ["No regime record between them in these years.", "この期間に両国間の制裁制度の記録はない。"],
    "dyad.rollCalls": ["roll calls", "記録投票"],
    "dyad.events": ["events", "出来事"],
    "col.years": ["years", "年"],
    "col.who": ["who on whom", "誰が誰に"],
    "col.record": ["record", "記録"],
    "col.measures": ["measures", "措置"],
    "col.instrument": ["instrument", "法令"],
    "col.citation": ["citation", "出典"],
    "basis.un-votes": ["UN votes", "国連投票"],
    "basis.events": ["events", "出来事"],
    "basis.atop": ["ATOP alliances", "ATOP 同盟"],
    "basis.treaties": ["treaties", "条約"],
    "basis.vetoes": ["joint vetoes", "共同拒否権"],
    "basis.sanctions": ["sanctions", "制裁"],
    "basis.peace-scale": ["Peace Scale", "Peace Scale"],
    "basis.tss-rivalries": ["strategic rivalries", "戦略的ライバル関係"],
    "basis.cow-mid": ["militarised disputes (COW)", "軍事紛争（COW）"],
    "basis.cow-igo": ["shared IGOs (COW)", "共通の国際機関（COW）"],
    "basis.unsc-vetoes": ["joint vetoes", "共同拒否権"],
    "basis.gdelt": ["GDELT events", "GDELT の出来事"],
    "basis.gdelt-graph": ["GDELT event scores", "GDELT の出来事スコア"],
    "basis.icews": ["ICEWS events", "ICEWS の出来事"],
    "basis.polecat": ["POLECAT events", "POLECAT の出来事"],
    "basis.text": ["events from articles", "記事から読んだ出来事"],

    // the events and article pages
    "events.title": ["Events", "出来事"],
    "events.titleOf": ["Events {0}", "出来事 {0}"],
    "events.lead": ["Every event between the pair, either way, with the record it was read from: a machine-coded dataset's file and line, or the sentence of a stored article.", "ペアの間の出来事（双方向）と、その元の記録：機械コード化データのファイルと行、または保存済み記事の文。"],
    "events.none": ["No events stored for this pair in this period.", "この期間、このペアの出来事は保存されていない。"],
    "events.count": ["{0} events.", "{0}件の出来事。"],
    "events.scores": ["No single events are stored for this pair in this period; the relation index uses the aggregated event scores below instead, month by month, from {0}.", "この期間、このペアの個々の出来事は保存されていない。関係指数は代わりに下の集計済み出来事スコア（{0}）を月ごとに使っている。"],
    "events.inArticle": ["in the article", "記事の中で"],
    "events.source": ["source", "出典"],
    "col.date": ["date", "日付"],
    "col.whoWhom": ["who → whom", "誰が → 誰に"],
    "col.what": ["what", "何を"],
    "col.period": ["month", "月"],
    "col.score": ["net score", "差引スコア"],
    "col.count": ["days with scores", "スコアのある日数"],
    "article.title": ["Article", "記事"],
    "article.titleOf": ["Article {0}", "記事 {0}"],
    "article.lead": ["The article's sentences as stored by import-text; the events coded from a sentence are listed under it.", "import-text で保存した記事の文。文から読み取った出来事をその下に示す。"],
    "article.count": ["{0} sentences.", "{0}文。"],
    "article.countMarked": ["{0} sentences; the marked one is the evidence asked for.", "{0}文。印のついた文が求められた根拠。"],
    "article.event": ["{0}: {1} → {2}, {3}", "{0}：{1} → {2}、{3}"],

    // the search page
    "search.title": ["Search the stored articles and events", "保存済みの記事と出来事を検索"],
    "search.in": ["In", "対象"],
    "search.all": ["articles and events", "記事と出来事"],
    "search.sentences": ["article sentences", "記事の文"],
    "search.events": ["events", "出来事"],
    "search.state": ["State (optional)", "国（任意）"],
    "search.give": ["Give words to look for: Japanese or English.", "検索する語句を入力してください（日本語または英語）。"],
    "search.found": ["{0} found.", "{0}件。"],
    "search.foundFirst": ["{0} found, the first {1} shown.", "{0}件（最初の{1}件を表示）。"],
    "search.dayEvents": ["the pair's events that day", "その日のペアの出来事"],
    "search.titleOf": ["{0} · Search", "{0}・検索"],

    // who stands with a state
    "with.title": ["Who stands with a state", "ある国と近い国"],
    "with.titleOf": ["Who stands with {0}", "{0}と近い国"],
    "with.lead": ["States ranked by how closely they vote with one state in the UN General Assembly (Cohen's κ, over at least the given number of roll calls), or by the fused relation index, in a period.", "ある期間に、ある国と国連総会での投票がどれだけ一致するか（コーエンのκ、指定数以上の記録投票）、または統合した関係指数で、各国を順位づけます。"],
    "with.count": ["{0} states shown.", "{0}か国を表示。"],

    // importing an article
    "import.title": ["Import an article", "記事の取り込み"],
    "import.lead": ["Paste an article or choose its file (text, HTML or PDF, up to 1 MiB). Preview shows the events Entente reads from it, each with its sentence and the rule that coded it; nothing is stored until you store it, which needs the server's token.", "記事を貼り付けるか、ファイル（テキスト・HTML・PDF、1 MiB まで）を選んでください。プレビューでは、Entente が読み取る出来事を、その文とコード化した規則とともに示します。保存するまで何も保存されません（保存にはサーバーのトークンが必要です）。"],
    "import.text": ["Article text", "記事の本文"],
    "import.file": ["or its file", "またはファイル"],
    "import.lang": ["Language", "言語"],
    "import.auto": ["detect", "自動判定"],
    "import.date": ["Date of the article", "記事の日付"],
    "import.name": ["Name to store it under", "保存名"],
    "import.preview": ["Preview the events", "出来事をプレビュー"],
    "import.store": ["Store the article and its events", "記事と出来事を保存"],
    "import.token": ["Server token", "サーバーのトークン"],
    "import.storeButton": ["Store", "保存"],
    "import.rule": ["rule", "規則"],
    "import.sentence": ["sentence", "文"],
    "import.empty": ["Paste the article's text or choose its file first.", "先に記事の本文を貼り付けるか、ファイルを選んでください。"],
    "import.reading": ["Reading the article…", "記事を読んでいます…"],
    "import.found": ["{0} events read; check them, then store the article if they are right.", "{0}件の出来事を読み取りました。確認して、正しければ記事を保存してください。"],
    "import.none": ["No event read from this article: nothing to store.", "この記事から出来事は読み取れませんでした。保存するものはありません。"],
    "import.noToken": ["Give the server's token to store.", "保存するにはサーバーのトークンを入力してください。"],
    "import.stored": ["Stored: {0} events from {1}.", "保存しました：{1} から {0}件の出来事。"],
    "import.already": ["Already stored ({0}): nothing changed.", "保存済みです（{0}）。変更はありません。"],
    "import.readOnly": ["This server is read-only: start it with --token-file FILE to import from the browser.", "このサーバーは読み取り専用です。ブラウザから取り込むには --token-file FILE を付けて起動してください。"],
    "import.pairEvents": ["the pair's events that day", "その日のペアの出来事"],

    // comparing pairs
    "compare.title": ["Compare pairs", "ペアの比較"],
    "compare.lead": ["Two to six pairs of states on one chart, by the relation index, the alignment dimension or UN-vote κ, year by year.", "2～6組のペアを1つのグラフで、関係指数・立場の一致・国連投票のκのいずれかで年ごとに比べます。"],
    "compare.pairs": ["Pairs (two to six, as CHN-RUS, USA-JPN)", "ペア（2～6組。CHN-RUS, USA-JPN のように）"],
    "compare.dimension": ["Dimension", "次元"],
    "compare.kappa": ["UN-vote κ", "国連投票のκ"],
    "compare.show": ["Compare", "比較する"],
    "compare.chartLabel": ["line chart of the pairs by year", "各ペアの年ごとの折れ線グラフ"],
    "compare.badPairs": ["Give two to six pairs, each two state codes joined by a hyphen (CHN-RUS).", "ペアを2～6組、国コード2つをハイフンでつないで入力してください（CHN-RUS）。"],
    "compare.count": ["{0} pairs over {1} years.", "{0}組のペア、{1}年分。"],

    // camps
    "camps.title": ["Camps", "陣営"],
    "camps.titleOf": ["Camps in {0}", "{0}年の陣営"],
    "camps.lead": ["A set of states as a signed network in one year: a line for each pair whose relation index is amity (green) or enmity (red), none where it is neutral; the two camps that best split it, and how balanced the network is.", "ある年の国々を符号つきネットワークとして示します。関係指数が友好（緑）または敵対（赤）のペアに線を引き、中立のペアには引きません。それを最もよく分ける2つの陣営と、ネットワークの均衡度も示します。"],
    "camps.states": ["States (three to twelve)", "国（3～12か国）"],
    "camps.year": ["Year", "年"],
    "camps.show": ["Show the camps", "陣営を表示"],
    "camps.campA": ["Camp A", "陣営A"],
    "camps.campB": ["Camp B", "陣営B"],
    "camps.balance": ["Balance {0}: the share of the network's ties that agree with the split (friends within a camp, enemies across).", "均衡度{0}：分け方と整合する結びつきの割合（陣営内は友好、陣営間は敵対）。"],
    "camps.badStates": ["Give three to twelve state codes separated by commas.", "国コードを3～12個、コンマで区切って入力してください。"],
    "camps.networkLabel": ["signed network of the states", "国々の符号つきネットワーク"],
    "camps.library": ["The network view needs its library (vendor/cytoscape.min.js), which did not load.", "ネットワーク図のライブラリ（vendor/cytoscape.min.js）を読み込めませんでした。"],

    // the glossary
    "glossary.title": ["Glossary", "用語集"],
    "tip.kappa": ["Cohen's κ of UN votes: how much more alike the two vote than chance would make them; 1 always alike, 0 chance, below 0 opposed.", "国連投票のコーエンのκ：偶然に期待される以上に2か国の投票がどれだけ一致するか。1は常に一致、0は偶然並み、0未満は対立。"],
    "tip.relation": ["The relation index: how the two treat each other, from −1 (enmity) to +1 (amity), with its 80 % interval.", "関係指数：2か国が互いをどう扱うか。−1（敵対）～＋1（友好）、80 %区間つき。"],
    "tip.alignment": ["Alignment: whether the two take the same positions (UN votes, vetoes, alliances, sanctions).", "立場の一致：2か国が同じ立場をとるか（国連投票・拒否権・同盟・制裁）。"],
    "tip.dittmer": ["Dittmer's types from the signs of the three pairs: ménage à trois, romantic triangle, stable marriage, unit veto.", "3つのペアの符号による Dittmer の型：全て友好、ロマンチック・トライアングル、安定的結婚、相互敵対。"],
    "tip.balance": ["Structural balance: friends of friends are friends; a tie against the split is a friend across camps or an enemy within one.", "構造的均衡：友の友は友。分け方と不整合な結びつきとは、陣営をまたぐ友好か陣営内の敵対。"],
    "api.title": ["The REST API", "REST API"],
    "api.lead": ["Every endpoint answers JSON, the same, field for field, as the command line's --format json; errors are {\"error\": …, \"parameter\": …} with a 4xx status. The full description is the OpenAPI 3 file.", "どのエンドポイントも JSON で答えます（コマンドラインの --format json と同じ項目）。エラーは 4xx の状態コードと {\"error\": …, \"parameter\": …}。詳しい仕様は OpenAPI 3 のファイルにあります。"],
  };

  /** The site's pages, in the order of the navigation. */
  const SITE = [
    ["/", "nav.home"],
    ["/with.html", "nav.with"],
    ["/compare.html", "nav.compare"],
    ["/camps.html", "nav.camps"],
    ["/search.html", "nav.search"],
    ["/import.html", "nav.import"],
    ["/glossary.html", "nav.glossary"],
    ["/api.html", "nav.api"],
  ];

  const missing = new Set();

  function choose() {
    const asked = new URLSearchParams(window.location.search).get("lang");
    if (LANGUAGES.includes(asked)) {
      try {
        window.localStorage.setItem(STORED, asked);
      } catch (e) {
        // storage refused (private mode): the address still carries the choice
      }
      return asked;
    }
    try {
      const stored = window.localStorage.getItem(STORED);
      if (LANGUAGES.includes(stored)) {
        return stored;
      }
    } catch (e) {
      // no storage: fall through to the browser's languages
    }
    for (const tag of navigator.languages || [navigator.language || "en"]) {
      const base = String(tag).toLowerCase().split("-")[0];
      if (LANGUAGES.includes(base)) {
        return base;
      }
    }
    return "en";
  }

  const lang = choose();
  const ja = lang === "ja";

  function t(key, ...args) {
    const entry = WORDS[key];
    if (!entry) {
      missing.add(key);
      return key;
    }
    return entry[ja ? 1 : 0].replace(/\{(\d+)\}/g, (m, i) => (args[i] === undefined ? m : String(args[i])));
  }

  const decimals = new Map();

  // A value with its sign, as the briefing writes it: +0.625, −0.155.
  function number(value, digits) {
    if (value === null || value === undefined || value === "" || !Number.isFinite(Number(value))) {
      return "–";
    }
    if (!decimals.has(digits)) {
      decimals.set(
        digits,
        new Intl.NumberFormat(ja ? "ja-JP" : "en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: "exceptZero" })
      );
    }
    return decimals.get(digits).format(Number(value)).replace("-", "−");
  }

  const days = new Intl.DateTimeFormat(ja ? "ja-JP" : "en-GB", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });

  // "2023-09-13" as 2023年9月13日 or 13 September 2023; anything else as given.
  function date(text) {
    const found = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(text || ""));
    if (!found) {
      return String(text || "");
    }
    return days.format(new Date(Date.UTC(Number(found[1]), Number(found[2]) - 1, Number(found[3]))));
  }

  // The address of this page in the other language: the same page, state and years.
  function switchHref(to) {
    const address = new URL(window.location.href);
    address.searchParams.set("lang", to);
    return address.pathname + address.search + address.hash;
  }

  function words(root) {
    for (const node of root.querySelectorAll("[data-i18n]")) {
      node.textContent = t(node.getAttribute("data-i18n"));
    }
  }

  function translate(root) {
    document.documentElement.lang = lang;
    if (ja) {
      words(root);
    }
    // a term's short explanation as its tooltip; the link leads to the glossary's entry
    for (const node of root.querySelectorAll("a.term")) {
      const entry = "tip." + (node.getAttribute("href") || "").split("#")[1];
      if (WORDS[entry]) {
        node.setAttribute("title", t(entry));
      }
    }
    // data-i18n-attr="aria-label:key;title:key"
    for (const node of root.querySelectorAll("[data-i18n-attr]")) {
      for (const pair of node.getAttribute("data-i18n-attr").split(";")) {
        const [name, key] = pair.split(":");
        if (ja) {
          node.setAttribute(name, t(key));
        }
      }
    }
    const nav = root.querySelector("header.site nav");
    if (nav && !nav.querySelector("[data-site]")) {
      // One list of the site's pages for every page (the HTML holds only the home link, for
      // browsers without scripts); the page shown is marked for screen readers.
      nav.textContent = "";
      for (const [href, key] of SITE) {
        const a = document.createElement("a");
        a.href = href;
        a.textContent = t(key);
        a.setAttribute("data-site", key);
        if (href === window.location.pathname || (href === "/" && window.location.pathname === "/index.html")) {
          a.setAttribute("aria-current", "page");
        }
        nav.appendChild(a);
      }
    }
    if (nav && !nav.querySelector(".lang-switch")) {
      const other = ja ? "en" : "ja";
      const a = document.createElement("a");
      a.className = "lang-switch";
      a.href = switchHref(other);
      a.lang = other;
      a.hreflang = other;
      a.textContent = t("switch.label");
      a.title = t("switch.title");
      a.addEventListener("click", () => {
        try {
          window.localStorage.setItem(STORED, other);
        } catch (e) {
          // the address carries it
        }
      });
      nav.appendChild(a);
    }
  }

  const SYSTEM_FONTS = 'system-ui, "Hiragino Sans", "Yu Gothic", Meiryo, "Noto Sans CJK JP", sans-serif';

  // Whether the machine's own fonts draw kanji: two different kanji drawn alike are the same
  // missing-glyph box.
  function systemDrawsKanji() {
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 32;
    const context = canvas.getContext("2d");
    if (!context) {
      return true;
    }
    const draw = (ch) => {
      context.clearRect(0, 0, 32, 32);
      context.font = "24px " + SYSTEM_FONTS;
      context.fillText(ch, 2, 26);
      return context.getImageData(0, 0, 32, 32).data.join(",");
    };
    return draw("中") !== draw("国");
  }

  // Resolves when Japanese words can be drawn: at once with a Japanese system font, else once the
  // page font has come (at most 10 s). Text laid out before it came kept its missing-glyph boxes in
  // Chromium, so the pages wait for it before writing — English pages too, which show the switch
  // (日本語) and Japanese articles.
  const ready =
    !document.fonts || !document.fonts.load || systemDrawsKanji()
      ? Promise.resolve()
      : Promise.race([
          document.fonts.load('16px "Entente IPAex Gothic"', "国").catch(() => null),
          new Promise((resolve) => window.setTimeout(resolve, 10000)),
        ]);

  window.EntenteI18n = { lang: lang, ja: ja, ready: ready, t: t, number: number, date: date, translate: translate, missing: missing, words: WORDS };
})();
