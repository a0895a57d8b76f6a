<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Applicability</name>
    <message>
        <source>In scope</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>未決定</translation>
    </message>
</context>
<context>
    <name>AssignItemsCommand</name>
    <message>
        <source>unassign %1</source>
        <translation>%1 の担当者の解除</translation>
    </message>
    <message>
        <source>assign %1 to %2</source>
        <translation>%1 を %2 に割当て</translation>
    </message>
</context>
<context>
    <name>BlobReader</name>
    <message>
        <source>%1: the stored chunk size %2 is not valid</source>
        <translation>%1: 保存されているチャンクサイズ%2は無効です</translation>
    </message>
    <message>
        <source>%1 chunk %2: hash mismatch</source>
        <translation>%1 チャンク%2: ハッシュが一致しません</translation>
    </message>
    <message>
        <source>%1 chunk %2: missing</source>
        <translation>%1 チャンク%2: 見つかりません</translation>
    </message>
    <message>
        <source>%1 chunk %2: unexpected</source>
        <translation>%1 チャンク%2: 想定外のチャンクです</translation>
    </message>
    <message>
        <source>%1 chunk %2: wrong length %3</source>
        <translation>%1 チャンク%2: 長さ%3が正しくありません</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: キャンセルされました</translation>
    </message>
    <message>
        <source>%1: %2 chunks stored, %3 expected</source>
        <translation>%1: 保存されているチャンクは%2個です（想定: %3個）</translation>
    </message>
    <message>
        <source>%1: %2 bytes stored, %3 expected</source>
        <translation>%1: 保存されているのは%2バイトです（想定: %3バイト）</translation>
    </message>
    <message>
        <source>%1: content does not match its SHA-256</source>
        <translation>%1: 内容がSHA-256と一致しません</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>the built-in criteria skeleton is missing from this build.</source>
        <translation>このビルドには組み込みの管理基準の骨格データが含まれていません。</translation>
    </message>
    <message>
        <source>%1: unexpected header.</source>
        <translation>%1: 想定外の見出し行です。</translation>
    </message>
    <message>
        <source>%1: "%2" is not a criteria ID.</source>
        <translation>%1: 「%2」は管理基準のIDではありません。</translation>
    </message>
    <message>
        <source>%1: ID %2 appears twice.</source>
        <translation>%1: ID %2が重複しています。</translation>
    </message>
</context>
<context>
    <name>CatalogImport</name>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1、%2 行目: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: … and %2 more problems.</source>
        <translation>%1: … ほか %2 件の問題があります。</translation>
    </message>
    <message>
        <source>%1: a sheet was named, but the file is not XLSX.</source>
        <translation>%1: シート名が指定されましたが、ファイルが XLSX ではありません。</translation>
    </message>
    <message>
        <source>no header row in the first %1 rows; expected columns such as 管理策番号/ID and タイトル/Title.</source>
        <translation>先頭の %1 行に見出し行がありません。管理策番号/ID やタイトル/Title などの列が必要です。</translation>
    </message>
    <message>
        <source>no ID column (管理策番号, 番号, ID, 項番 or No) in the header.</source>
        <translation>見出し行に ID 列（管理策番号、番号、ID、項番、No のいずれか）がありません。</translation>
    </message>
    <message>
        <source>no title column (管理策, タイトル, 項目名, Title or Control) in the header.</source>
        <translation>見出し行にタイトル列（管理策、タイトル、項目名、Title、Control のいずれか）がありません。</translation>
    </message>
    <message>
        <source>"%1" is not a criteria ID (expected numbers with dots, like 5.1.1.1 or 6.3.1.P, with .P, .B or .PB as the only suffixes).</source>
        <translation>「%1」は管理基準の ID ではありません（5.1.1.1 や 6.3.1.P のように、ドットで区切った数字を指定してください。末尾に付けられるのは .P、.B、.PB のみです）。</translation>
    </message>
    <message>
        <source>ID %1 appears twice (first in row %2).</source>
        <translation>ID %1 が重複しています（最初の出現は %2 行目）。</translation>
    </message>
    <message>
        <source>item %1 has no title.</source>
        <translation>項目 %1 にタイトルがありません。</translation>
    </message>
    <message>
        <source>"%1" is not a part of the criteria (ガバナンス基準, マネジメント基準 or 管理策基準).</source>
        <translation>「%1」は管理基準の区分（ガバナンス基準、マネジメント基準、管理策基準）のいずれでもありません。</translation>
    </message>
    <message>
        <source>"%1" is not a level (分野, カテゴリ, 統制目標 or 詳細管理策).</source>
        <translation>「%1」は階層（分野、カテゴリ、統制目標、詳細管理策）のいずれでもありません。</translation>
    </message>
    <message>
        <source>"%1" in the baseline column is neither a mark (○) nor empty.</source>
        <translation>ベースライン列の「%1」は、印（○）でも空欄でもありません。</translation>
    </message>
    <message>
        <source>no criteria items below the header (row %1).</source>
        <translation>見出し行（%1 行目）の下に管理基準の項目がありません。</translation>
    </message>
    <message>
        <source>the revision column names several revisions (%1); import one revision at a time.</source>
        <translation>改訂版の列に複数の改訂版（%1）が記載されています。改訂版は 1 つずつ取り込んでください。</translation>
    </message>
    <message>
        <source>the file does not say which revision of the criteria it is; give it with --revision (for example --revision 2023-10).</source>
        <translation>ファイルに管理基準の改訂版が記載されていません。--revision で指定してください（例: --revision 2023-10）。</translation>
    </message>
</context>
<context>
    <name>ChangeCapture</name>
    <message>
        <source>Table %1 is rebuilt on each side and never exchanged.</source>
        <translation>テーブル %1 は各端末で再構築されるため、交換の対象外です。</translation>
    </message>
    <message>
        <source>The workbook has no table %1.</source>
        <translation>ワークブックにテーブル %1 がありません。</translation>
    </message>
    <message>
        <source>Table %1 has no primary key, so its changes cannot be recorded.</source>
        <translation>テーブル %1 には主キーがないため、変更を記録できません。</translation>
    </message>
    <message>
        <source>Recording changes</source>
        <translation>変更の記録</translation>
    </message>
    <message>
        <source>Recording changes of table %1</source>
        <translation>テーブル %1 の変更の記録</translation>
    </message>
    <message>
        <source>The recorded changes cannot be read (%1).</source>
        <translation>記録した変更を読み取れません（%1）。</translation>
    </message>
</context>
<context>
    <name>Changeset</name>
    <message>
        <source>The changeset is malformed (%1).</source>
        <translation>変更セットの形式が不正です（%1）。</translation>
    </message>
    <message>
        <source>table %1, row %2 (refers to %3)</source>
        <translation>テーブル %1、行 %2（参照先 %3）</translation>
    </message>
    <message numerus="yes">
        <source>The changeset would leave %n row(s) referring to rows that do not exist: %1.</source>
        <translation>
            <numerusform>変更セットを適用すると、存在しない行を参照する行が %n 件残ります: %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>not named</source>
        <translation>特定できません</translation>
    </message>
    <message>
        <source>The incoming change to table %1, key %2, violates a constraint of this workbook.</source>
        <translation>取り込む変更（テーブル %1、キー %2）は、このワークブックの制約に違反します。</translation>
    </message>
    <message>
        <source>Out of memory combining changesets.</source>
        <translation>変更セットの結合中にメモリが不足しました。</translation>
    </message>
    <message>
        <source>Changeset %1 of %2 cannot be combined (%3).</source>
        <translation>変更セット %1/%2 を結合できません（%3）。</translation>
    </message>
    <message>
        <source>A changeset is applied only inside the caller's transaction.</source>
        <translation>変更セットは呼び出し側のトランザクション内でのみ適用できます。</translation>
    </message>
    <message>
        <source>The changeset changes table %1, which this workbook does not have.</source>
        <translation>変更セットはテーブル %1 を変更しますが、このワークブックにはそのテーブルがありません。</translation>
    </message>
    <message>
        <source>The changeset holds table %1 with %2 columns; this workbook has it with %3 columns or another key.</source>
        <translation>変更セットのテーブル %1 は %2 列ですが、このワークブックでは %3 列か、主キーが異なります。</translation>
    </message>
    <message>
        <source>Applying a changeset</source>
        <translation>変更セットの適用</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>Show help for this command.</source>
        <translation>このコマンドのヘルプを表示します。</translation>
    </message>
    <message>
        <source>Usage: ismapctl %1 %2</source>
        <translation>使用方法: ismapctl %1 %2</translation>
    </message>
    <message>
        <source>Cloud service provider.</source>
        <translation>クラウドサービス事業者。</translation>
    </message>
    <message>
        <source>Cloud service.</source>
        <translation>クラウドサービス。</translation>
    </message>
    <message>
        <source>Audit period, YYYY-MM-DD..YYYY-MM-DD.</source>
        <translation>監査対象期間（YYYY-MM-DD..YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>ismap or ismap-liu.</source>
        <translation>ismap または ismap-liu。</translation>
    </message>
    <message>
        <source>initial (design) or renewal (operating).</source>
        <translation>initial（初回・整備状況）または renewal（更新・運用状況）。</translation>
    </message>
    <message>
        <source>Audit firm.</source>
        <translation>監査機関。</translation>
    </message>
    <message>
        <source>The new workbook file.</source>
        <translation>新規作成するワークブックファイル。</translation>
    </message>
    <message>
        <source>new: give exactly one workbook file.</source>
        <translation>new: ワークブックファイルを1つだけ指定してください。</translation>
    </message>
    <message>
        <source>new: --%1 is required.</source>
        <translation>new: --%1 は必須です。</translation>
    </message>
    <message>
        <source>--period: "%1" is not YYYY-MM-DD..YYYY-MM-DD.</source>
        <translation>--period: 「%1」は YYYY-MM-DD..YYYY-MM-DD の形式ではありません。</translation>
    </message>
    <message>
        <source>Created %1 (%2 criteria items, revision %3).</source>
        <translation>%1を作成しました（管理基準項目%2件、改訂版%3）。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSONで出力します。</translation>
    </message>
    <message>
        <source>The workbook.</source>
        <translation>ワークブック。</translation>
    </message>
    <message>
        <source>status: give exactly one workbook file.</source>
        <translation>status: ワークブックファイルを1つだけ指定してください。</translation>
    </message>
    <message>
        <source>create a workbook for an engagement</source>
        <translation>監査業務のワークブックを作成</translation>
    </message>
    <message>
        <source>progress by part and status, findings, evidence</source>
        <translation>区分別・ステータス別の進捗、発見事項、証跡を表示</translation>
    </message>
    <message>
        <source>Usage: ismapctl COMMAND [ARGS...]   (ismapctl COMMAND --help for details)</source>
        <translation>使用方法: ismapctl COMMAND [ARGS...]   （詳細は ismapctl COMMAND --help）</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>ismapctl: unknown command "%1".</source>
        <translation>ismapctl: 不明なコマンド「%1」です。</translation>
    </message>
    <message>
        <source>Revision of the criteria (e.g. 2022-04-01, 令和7年度); by default taken from a revision column or the title rows of the file.</source>
        <translation>管理基準の改訂版（例: 2022-04-01、令和7年度）。既定ではファイルの改訂版列またはタイトル行から取得します。</translation>
    </message>
    <message>
        <source>XLSX: the sheet to read (default: the first).</source>
        <translation>XLSX: 読み込むシート（既定: 先頭のシート）。</translation>
    </message>
    <message>
        <source>CSV: auto, utf-8 or cp932 (default: auto).</source>
        <translation>CSV: auto、utf-8 または cp932（既定: auto）。</translation>
    </message>
    <message>
        <source>Team member doing this, for the trail (default: the ISMAP_MEMBER environment variable, else "system").</source>
        <translation>この操作を行うチームメンバー。証跡ログに記録されます（既定: 環境変数 ISMAP_MEMBER、未設定の場合は「system」）。</translation>
    </message>
    <message>
        <source>The official catalog, CSV or XLSX.</source>
        <translation>公式の管理基準カタログ（CSVまたはXLSX）。</translation>
    </message>
    <message>
        <source>catalog import: give a workbook and a catalog file.</source>
        <translation>catalog import: ワークブックと管理基準カタログのファイルを指定してください。</translation>
    </message>
    <message>
        <source>--encoding: "%1" is none of auto, utf-8, cp932.</source>
        <translation>--encoding: 「%1」は auto、utf-8、cp932 のいずれでもありません。</translation>
    </message>
    <message>
        <source>--as: "%1" is not on the engagement team.</source>
        <translation>--as: 「%1」は業務チームのメンバーではありません。</translation>
    </message>
    <message>
        <source>Imported %1 criteria items from %2 (revision %3, header in row %4, %5).</source>
        <translation>%2から管理基準項目%1件をインポートしました（改訂版%3、ヘッダーは%4行目、%5）。</translation>
    </message>
    <message>
        <source>added %1, updated %2, unchanged %3, disappeared %4</source>
        <translation>追加 %1、更新 %2、変更なし %3、削除 %4</translation>
    </message>
    <message>
        <source>%1 rows without an ID were skipped (notes or captions).</source>
        <translation>IDのない%1行をスキップしました（注記または表題）。</translation>
    </message>
    <message>
        <source>Items no longer in revision %1 that carry work (kept, marked retired): %2</source>
        <translation>改訂版%1に存在しないが作業記録のある項目（保持し、廃止済みとしてマーク）: %2</translation>
    </message>
    <message>
        <source>Include items retired by a newer revision.</source>
        <translation>新しい改訂版で廃止された項目も含めます。</translation>
    </message>
    <message>
        <source>catalog list: give exactly one workbook file.</source>
        <translation>catalog list: ワークブックファイルを1つだけ指定してください。</translation>
    </message>
    <message>
        <source>  (retired in %1)</source>
        <translation>  （%1で廃止）</translation>
    </message>
    <message>
        <source>import the official criteria catalog (CSV or XLSX)</source>
        <translation>公式の管理基準カタログをインポート（CSVまたはXLSX）</translation>
    </message>
    <message>
        <source>list the criteria catalog of a workbook</source>
        <translation>ワークブックの管理基準カタログを一覧表示</translation>
    </message>
    <message>
        <source>create a realistic demo engagement (fictional CSP), partly worked</source>
        <translation>実務に即したデモ業務を作成（架空のCSP、一部作業済み）</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of evidence.</source>
        <translation>
            <numerusform>証跡%n件。</numerusform>
        </translation>
    </message>
    <message>
        <source>import evidence files into the vault, linked to an item</source>
        <translation>証跡ファイルを保管庫にインポートし、項目にリンク</translation>
    </message>
    <message>
        <source>write evidence out, checking its SHA-256</source>
        <translation>証跡を書き出し、SHA-256を検証</translation>
    </message>
    <message>
        <source>list evidence (all, or of one item)</source>
        <translation>証跡を一覧表示（全件または1項目分）</translation>
    </message>
    <message>
        <source>link existing evidence to an item, step, sample or finding</source>
        <translation>既存の証跡を項目、手続ステップ、サンプルまたは発見事項にリンク</translation>
    </message>
    <message>
        <source>remove a link of evidence (the file stays in the vault)</source>
        <translation>証跡のリンクを解除（ファイルは保管庫に残る）</translation>
    </message>
    <message>
        <source>change the name, source, date or description of evidence</source>
        <translation>証跡の名称、入手先、日付または説明を変更</translation>
    </message>
    <message>
        <source>generate or refresh procedure steps from statement and cycle</source>
        <translation>言明書とサイクルから手続ステップを生成または更新</translation>
    </message>
    <message>
        <source>an item's procedure steps, findings, notes and sign-offs</source>
        <translation>項目の手続ステップ、発見事項、メモおよびサインオフを表示</translation>
    </message>
    <message>
        <source>record a step's result and notes</source>
        <translation>手続ステップの結果とメモを記録</translation>
    </message>
    <message>
        <source>the next pending item for a member</source>
        <translation>メンバーの次の未了項目を表示</translation>
    </message>
    <message>
        <source>the previous pending item for a member</source>
        <translation>メンバーの前の未了項目を表示</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) set %1 this year's cycle.</source>
        <translation>
            <numerusform>%n件の項目を今年度のサイクルの%1に設定しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) assigned.</source>
        <translation>
            <numerusform>%n件の項目を割り当てました。</numerusform>
        </translation>
    </message>
    <message>
        <source>put items in or out of this year's cycle</source>
        <translation>項目を今年度のサイクルの対象または対象外に設定</translation>
    </message>
    <message>
        <source>this year's cycle from a list of item IDs</source>
        <translation>項目IDの一覧から今年度のサイクルを設定</translation>
    </message>
    <message>
        <source>set an item's kind of control (selects its procedures)</source>
        <translation>項目の統制の種類を設定（実施する手続が決まる）</translation>
    </message>
    <message>
        <source>assign items to a team member</source>
        <translation>項目をチームメンバーに割り当て</translation>
    </message>
    <message>
        <source>initial or renewal audit; ISMAP or ISMAP-LIU</source>
        <translation>初回監査または更新監査、ISMAPまたはISMAP-LIUを設定</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>報告書:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>署名:</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>署名者:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>発行者:</translation>
    </message>
    <message>
        <source>Signing time:</source>
        <translation>署名日時:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>Coverage:</source>
        <translation>署名範囲:</translation>
    </message>
    <message>
        <source>Trust:</source>
        <translation>信頼性:</translation>
    </message>
    <message>
        <source>Manifest:</source>
        <translation>マニフェスト:</translation>
    </message>
    <message>
        <source>sign a finished PDF with the firm's PKCS#12 (PAdES)</source>
        <translation>完成したPDFに監査機関のPKCS#12で署名（PAdES）</translation>
    </message>
    <message>
        <source>verify a signed report: integrity, coverage, trust, workbook</source>
        <translation>署名済み報告書を検証（完全性、署名範囲、信頼性、ワークブック）</translation>
    </message>
    <message>
        <source>raise a finding on an item</source>
        <translation>項目に発見事項を起票</translation>
    </message>
    <message>
        <source>edit a finding (cause, effect, response, status …)</source>
        <translation>発見事項を編集（原因、影響、被監査側の回答、ステータスなど）</translation>
    </message>
    <message>
        <source>list the findings</source>
        <translation>発見事項を一覧表示</translation>
    </message>
    <message>
        <source>raise a review note on an item (reviewer, lead)</source>
        <translation>項目に査閲コメントを起票（査閲者、業務執行責任者）</translation>
    </message>
    <message>
        <source>resolve a review note (reviewer, lead)</source>
        <translation>査閲コメントを解消（査閲者、業務執行責任者）</translation>
    </message>
    <message>
        <source>list review notes</source>
        <translation>査閲コメントを一覧表示</translation>
    </message>
    <message>
        <source>sign an item off as preparer or reviewer</source>
        <translation>作成者または査閲者として項目にサインオフ</translation>
    </message>
    <message>
        <source>finalise (lock) the engagement (lead)</source>
        <translation>業務を確定（ロック）（業務執行責任者）</translation>
    </message>
    <message>
        <source>reopen a finalised engagement with a reason (lead)</source>
        <translation>確定済みの業務を理由を付して再開（業務執行責任者）</translation>
    </message>
    <message>
        <source>draw a reproducible sample for an item</source>
        <translation>項目について再現可能なサンプルを抽出</translation>
    </message>
    <message>
        <source>an item's samples and their results</source>
        <translation>項目のサンプルとその結果を表示</translation>
    </message>
    <message>
        <source>record a sample item's result (fail raises a finding)</source>
        <translation>サンプルの結果を記録（不合格の場合は発見事項を起票）</translation>
    </message>
    <message>
        <source>re-perform a selection from its seed and compare</source>
        <translation>シードからサンプル抽出を再実施して比較</translation>
    </message>
    <message>
        <source>show or set the engagement's sampling table</source>
        <translation>業務のサンプリング表を表示または設定</translation>
    </message>
    <message>
        <source>CSV text encoding: auto (detect UTF-8 or CP932), utf8 or cp932.</source>
        <translation>CSVの文字コード: auto（UTF-8またはCP932を自動判別）、utf8 または cp932。</translation>
    </message>
    <message>
        <source>Keep the entries of items the file does not mention (default: they become undecided).</source>
        <translation>ファイルに記載のない項目の既存の登録内容を保持します（既定では未決定になります）。</translation>
    </message>
    <message>
        <source>Check the file against the workbook; write nothing.</source>
        <translation>ファイルをワークブックと照合するのみで、何も書き込みません。</translation>
    </message>
    <message>
        <source>The statement: CSV (UTF-8 or CP932) or XLSX.</source>
        <translation>言明書: CSV（UTF-8またはCP932）またはXLSX。</translation>
    </message>
    <message>
        <source>statement import: give a workbook and a statement file.</source>
        <translation>statement import: ワークブックと言明書ファイルを指定してください。</translation>
    </message>
    <message>
        <source>--encoding: "%1" is none of auto, utf8, cp932.</source>
        <translation>--encoding: 「%1」は auto、utf8、cp932 のいずれでもありません。</translation>
    </message>
    <message>
        <source>%1: no such workbook.</source>
        <translation>%1: ワークブックが存在しません。</translation>
    </message>
    <message>
        <source>%1: %2 problems; an import would write nothing.</source>
        <translation>%1: 問題が%2件あります。インポートしても何も書き込まれません。</translation>
    </message>
    <message>
        <source>Checked %1 (%2): %3 rows read, %4 items stated; nothing written.</source>
        <translation>%1（%2）を照合しました: %3行を読み込み、言明された項目は%4件です。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Imported %1 (%2): %3 rows read, %4 items stated.</source>
        <translation>%1（%2）をインポートしました: %3行を読み込み、言明された項目は%4件です。</translation>
    </message>
    <message>
        <source>Skipped %1 heading or note rows without a statement item.</source>
        <translation>言明項目を含まない見出し行または注記行%1行をスキップしました。</translation>
    </message>
    <message>
        <source>%1 earlier entries are not in this file and would become undecided.</source>
        <translation>以前の登録内容のうち%1件はこのファイルに含まれていないため、インポートすると未決定になります。</translation>
    </message>
    <message>
        <source>%1 earlier entries are not in this file and are now undecided.</source>
        <translation>以前の登録内容のうち%1件はこのファイルに含まれていないため、未決定になりました。</translation>
    </message>
    <message>
        <source>In scope: %1  Out of scope: %2  Undecided: %3</source>
        <translation>対象: %1  対象外: %2  未決定: %3</translation>
    </message>
    <message>
        <source>import the CSP's statement (言明書) from CSV or XLSX; all rows or none</source>
        <translation>CSPの言明書をCSVまたはXLSXからインポート（全行を取り込むか、何も取り込まないかのいずれか）</translation>
    </message>
    <message>
        <source>list the engagement team</source>
        <translation>業務チームを一覧表示</translation>
    </message>
    <message numerus="yes">
        <source>verify %1: %2 (%n problem(s) in all)</source>
        <translation>
            <numerusform>verify %1: %2（問題は計%n件）</numerusform>
        </translation>
    </message>
    <message>
        <source>check integrity, the trail chain, evidence hashes and sign-off hashes</source>
        <translation>完全性、証跡ログのチェーン、証跡のハッシュおよびサインオフのハッシュを検査</translation>
    </message>
    <message>
        <source>write the signed PDF report (実施結果報告書)</source>
        <translation>署名付き PDF 報告書（実施結果報告書）を作成</translation>
    </message>
    <message>
        <source>The new demo workbook file.</source>
        <translation>新しいデモ用ワークブックのファイル。</translation>
    </message>
    <message>
        <source>demo: give exactly one workbook file.</source>
        <translation>demo: ワークブックのファイルを1つだけ指定してください。</translation>
    </message>
    <message>
        <source>Created the demo engagement %1</source>
        <translation>デモ監査を作成しました: %1</translation>
    </message>
    <message>
        <source>%1 items in scope: %2 reviewed, %3 prepared, %4 in progress or needing attention</source>
        <translation>対象項目 %1 件: 査閲済み %2、作成済み %3、実施中または要対応 %4</translation>
    </message>
    <message>
        <source>%1 samples, %2 findings, %3 open review notes, %4 evidence files</source>
        <translation>サンプル %1 件、発見事項 %2 件、未解決の査閲コメント %3 件、証跡ファイル %4 件</translation>
    </message>
    <message>
        <source>Criteria item, e.g. 5.1.1.1.</source>
        <translation>管理基準の項目（例: 5.1.1.1）。</translation>
    </message>
    <message>
        <source>Procedure step id of the item.</source>
        <translation>項目の手続ステップ ID。</translation>
    </message>
    <message>
        <source>Sample item id of the item.</source>
        <translation>項目のサンプル項目 ID。</translation>
    </message>
    <message>
        <source>Finding id of the item.</source>
        <translation>項目の発見事項 ID。</translation>
    </message>
    <message>
        <source>--item: which criteria item is the evidence for?</source>
        <translation>--item: どの管理基準項目の証跡ですか？</translation>
    </message>
    <message>
        <source>--%1: "%2" is not a number.</source>
        <translation>--%1: "%2" は数値ではありません。</translation>
    </message>
    <message>
        <source>Team member doing this (default: the ISMAP_MEMBER environment variable).</source>
        <translation>作業するチームメンバー（既定: 環境変数 ISMAP_MEMBER）。</translation>
    </message>
    <message>
        <source>who is doing this? Give --as MEMBER or set ISMAP_MEMBER.</source>
        <translation>作業者が不明です。--as MEMBER を指定するか ISMAP_MEMBER を設定してください。</translation>
    </message>
    <message>
        <source>%1: wrong number of arguments (see --help).</source>
        <translation>%1: 引数の数が正しくありません（--help を参照）。</translation>
    </message>
    <message>
        <source>Where the evidence was obtained from.</source>
        <translation>証跡の入手先。</translation>
    </message>
    <message>
        <source>Date obtained (default: today).</source>
        <translation>入手日（既定: 今日）。</translation>
    </message>
    <message>
        <source>What the evidence shows.</source>
        <translation>証跡が示す内容。</translation>
    </message>
    <message>
        <source>Name to record instead of the file name (one file only).</source>
        <translation>ファイル名の代わりに記録する名前（ファイル1つの場合のみ）。</translation>
    </message>
    <message>
        <source>Print progress on stderr (default: when a terminal).</source>
        <translation>標準エラー出力に進捗を表示します（既定: 端末の場合）。</translation>
    </message>
    <message>
        <source>Evidence files, all imported or none.</source>
        <translation>証跡ファイル。すべて取り込むか、何も取り込みません。</translation>
    </message>
    <message>
        <source>--name: give exactly one file with --name.</source>
        <translation>--name: --name を使う場合はファイルを1つだけ指定してください。</translation>
    </message>
    <message>
        <source>Importing evidence</source>
        <translation>証跡を取り込み中</translation>
    </message>
    <message>
        <source>%1: already in the vault as %2 (%3); %4.</source>
        <translation>%1: 保管庫に %2（%3）として既に存在します。%4。</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>関連付けました</translation>
    </message>
    <message>
        <source>already linked</source>
        <translation>既に関連付け済みです</translation>
    </message>
    <message>
        <source>%1: added as %2, %3 bytes, SHA-256 %4.</source>
        <translation>%1: %2 として追加しました（%3 バイト、SHA-256 %4）。</translation>
    </message>
    <message>
        <source>Print progress on stderr.</source>
        <translation>標準エラー出力に進捗を表示します。</translation>
    </message>
    <message>
        <source>Evidence reference, e.g. E-0001.</source>
        <translation>証跡の参照番号（例: E-0001）。</translation>
    </message>
    <message>
        <source>Output file, or an existing folder to write it into under its name.</source>
        <translation>出力ファイル、またはその名前で書き出す既存のフォルダ。</translation>
    </message>
    <message>
        <source>Exporting evidence</source>
        <translation>証跡を書き出し中</translation>
    </message>
    <message>
        <source>%1: a file of that name already exists; it was left as it is.</source>
        <translation>%1: 同じ名前のファイルが既に存在します。そのままにしました。</translation>
    </message>
    <message>
        <source>%1: written to %2 (%3 bytes, SHA-256 %4 checked).</source>
        <translation>%1: %2 に書き出しました（%3 バイト、SHA-256 %4 を照合済み）。</translation>
    </message>
    <message>
        <source>Only evidence linked to this item.</source>
        <translation>この項目に関連付けられた証跡のみ。</translation>
    </message>
    <message>
        <source>%1: linked to %2.</source>
        <translation>%1: %2 に関連付けました。</translation>
    </message>
    <message>
        <source>%1: already linked to %2.</source>
        <translation>%1: 既に %2 に関連付けられています。</translation>
    </message>
    <message>
        <source>%1: unlinked from %2.</source>
        <translation>%1: %2 との関連付けを解除しました。</translation>
    </message>
    <message>
        <source>New name.</source>
        <translation>新しい名前。</translation>
    </message>
    <message>
        <source>Where it was obtained from.</source>
        <translation>入手先。</translation>
    </message>
    <message>
        <source>Date obtained.</source>
        <translation>入手日。</translation>
    </message>
    <message>
        <source>What it shows.</source>
        <translation>示している内容。</translation>
    </message>
    <message>
        <source>%1: updated.</source>
        <translation>%1: 更新しました。</translation>
    </message>
    <message>
        <source>Procedure steps: %1 added, %2 retired, %3 revived, over %4 items (templates %5).</source>
        <translation>手続ステップ: %4 項目にわたり %1 件追加、%2 件廃止、%3 件復活（テンプレート %5）。</translation>
    </message>
    <message>
        <source>Include retired steps (kept with their recorded work).</source>
        <translation>廃止されたステップも含めます（記録済みの作業とともに保持）。</translation>
    </message>
    <message>
        <source>The item ID, e.g. 5.1.1.</source>
        <translation>項目 ID（例: 5.1.1）。</translation>
    </message>
    <message>
        <source>(no procedure steps: the item is out of scope or out of this year's cycle)</source>
        <translation>（手続ステップなし: 項目が対象外、または今年度のサイクル外です）</translation>
    </message>
    <message>
        <source>notes:</source>
        <translation>メモ:</translation>
    </message>
    <message>
        <source>review note</source>
        <translation>査閲コメント</translation>
    </message>
    <message>
        <source>sign-off</source>
        <translation>サインオフ</translation>
    </message>
    <message>
        <source>no_exception, deviation, not_performed or not_applicable (or 'clear').</source>
        <translation>no_exception、deviation、not_performed または not_applicable（または 'clear'）。</translation>
    </message>
    <message>
        <source>What was done, to which evidence, and what was found.</source>
        <translation>実施した内容、対象の証跡、および判明した事項。</translation>
    </message>
    <message>
        <source>The item ID.</source>
        <translation>項目 ID。</translation>
    </message>
    <message>
        <source>The step number (see steps list).</source>
        <translation>ステップ番号（steps list を参照）。</translation>
    </message>
    <message>
        <source>--result: "%1" is not one of %2.</source>
        <translation>--result: "%1" は %2 のいずれでもありません。</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>STEP</translation>
    </message>
    <message>
        <source>item %1 step %2: %3</source>
        <translation>項目 %1 ステップ %2: %3</translation>
    </message>
    <message>
        <source>(draft finding %1 raised)</source>
        <translation>（発見事項の草案 %1 を起票しました）</translation>
    </message>
    <message>
        <source>governance, management or controls.</source>
        <translation>governance、management または controls。</translation>
    </message>
    <message>
        <source>Domain number, e.g. 9.</source>
        <translation>領域番号（例: 9）。</translation>
    </message>
    <message>
        <source>Item status (repeatable): not_started, in_progress, prepared, reviewed, needs_attention. Default: what is pending for the member's role.</source>
        <translation>項目の状態（複数指定可）: not_started、in_progress、prepared、reviewed、needs_attention。既定: メンバーの役割で未処理のもの。</translation>
    </message>
    <message>
        <source>Mandatory items only.</source>
        <translation>必須項目のみ。</translation>
    </message>
    <message>
        <source>Items with deviations only.</source>
        <translation>逸脱のある項目のみ。</translation>
    </message>
    <message>
        <source>Items assigned to this member.</source>
        <translation>このメンバーに割り当てられた項目。</translation>
    </message>
    <message>
        <source>Start after (next) or before (previous) this item.</source>
        <translation>この項目の後（next）または前（previous）から探します。</translation>
    </message>
    <message>
        <source>--status: "%1" is not one of %2.</source>
        <translation>--status: "%1" は %2 のいずれでもありません。</translation>
    </message>
    <message>
        <source>ismapctl: no pending item for %1 with this filter.</source>
        <translation>ismapctl: この条件で %1 の未処理の項目はありません。</translation>
    </message>
    <message>
        <source>Audit these items this year.</source>
        <translation>これらの項目を今年度に監査します。</translation>
    </message>
    <message>
        <source>Leave these items out of this year's cycle.</source>
        <translation>これらの項目を今年度のサイクルから外します。</translation>
    </message>
    <message>
        <source>Item IDs.</source>
        <translation>項目 ID。</translation>
    </message>
    <message>
        <source>cycle set: give exactly one of --in and --out.</source>
        <translation>cycle set: --in と --out のどちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>in</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>out of</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>One item ID per line: the items audited this year.</source>
        <translation>1行に1つの項目 ID: 今年度に監査する項目。</translation>
    </message>
    <message>
        <source>This year's cycle: %1 items in, %2 out.</source>
        <translation>今年度のサイクル: 対象 %1 項目、対象外 %2 項目。</translation>
    </message>
    <message>
        <source>policy, recurring, technical, facility, or auto (by the rule).</source>
        <translation>policy、recurring、technical、facility、または auto（規則による）。</translation>
    </message>
    <message>
        <source>item %1: kind of control %2; steps refreshed.</source>
        <translation>項目 %1: 統制の種類 %2。ステップを更新しました。</translation>
    </message>
    <message>
        <source>by the rule</source>
        <translation>規則による</translation>
    </message>
    <message>
        <source>The member (empty: unassign).</source>
        <translation>メンバー（空欄: 割り当て解除）。</translation>
    </message>
    <message>
        <source>plan audit: give --kind or --scheme.</source>
        <translation>plan audit: --kind または --scheme を指定してください。</translation>
    </message>
    <message>
        <source>Audit: %1, scheme %2.</source>
        <translation>監査: %1、スキーム %2。</translation>
    </message>
    <message>
        <source>--passphrase-stdin: standard input cannot be read.</source>
        <translation>--passphrase-stdin: 標準入力を読み取れません。</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>書き出す PDF。</translation>
    </message>
    <message>
        <source>Report language: ja, en or both.</source>
        <translation>報告書の言語: ja、en または both。</translation>
    </message>
    <message>
        <source>Sign with the firm's PKCS#12 (.p12) file.</source>
        <translation>監査法人の PKCS#12（.p12）ファイルで署名します。</translation>
    </message>
    <message>
        <source>Read the PKCS#12 passphrase from the first line of standard input.</source>
        <translation>PKCS#12 のパスフレーズを標準入力の1行目から読み取ります。</translation>
    </message>
    <message>
        <source>Remember the passphrase given on standard input in the OS keychain once it opened the file.</source>
        <translation>標準入力で与えたパスフレーズでファイルを開けたら、OS のキーチェーンに記憶します。</translation>
    </message>
    <message>
        <source>Do not look for a passphrase remembered in the OS keychain.</source>
        <translation>OS のキーチェーンに記憶されたパスフレーズを探しません。</translation>
    </message>
    <message>
        <source>Generate a DEMO CA and signer into FOLDER (demo-ca.pem, demo-signer.p12), sign with it and mark the report DEMO.</source>
        <translation>デモ用の CA と署名者を FOLDER に生成し（demo-ca.pem、demo-signer.p12）、それで署名して報告書に DEMO と表示します。</translation>
    </message>
    <message>
        <source>Mark the report DEMO (fictional engagement).</source>
        <translation>報告書に DEMO（架空の監査）と表示します。</translation>
    </message>
    <message>
        <source>report: give exactly one workbook file.</source>
        <translation>report: ワークブックのファイルを1つだけ指定してください。</translation>
    </message>
    <message>
        <source>report: -o OUT.pdf is required.</source>
        <translation>report: -o OUT.pdf が必要です。</translation>
    </message>
    <message>
        <source>report: give either --sign or --demo-signer, not both.</source>
        <translation>report: --sign と --demo-signer はどちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>report: --passphrase-stdin needs --sign P12.</source>
        <translation>report: --passphrase-stdin には --sign P12 が必要です。</translation>
    </message>
    <message>
        <source>report: --remember needs --passphrase-stdin.</source>
        <translation>report: --remember には --passphrase-stdin が必要です。</translation>
    </message>
    <message>
        <source>%1: the PKCS#12 file is protected by a passphrase; give it on standard input with --passphrase-stdin</source>
        <translation>%1: PKCS#12 ファイルはパスフレーズで保護されています。--passphrase-stdin で標準入力から与えてください</translation>
    </message>
    <message>
        <source> (no passphrase is remembered in the OS keychain for it).</source>
        <translation>（このファイルのパスフレーズは OS のキーチェーンに記憶されていません）。</translation>
    </message>
    <message>
        <source> (the OS keychain could not be read: %1).</source>
        <translation>（OS のキーチェーンを読み取れませんでした: %1）。</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages, language %3), signed by %4.</source>
        <translation>%1 を書き出しました（%2 ページ、言語 %3）。署名者: %4。</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages, language %3, unsigned).</source>
        <translation>%1 を書き出しました（%2 ページ、言語 %3、署名なし）。</translation>
    </message>
    <message>
        <source>Demo CA certificate (for verify-report --ca): %1</source>
        <translation>デモ CA の証明書（verify-report --ca 用）: %1</translation>
    </message>
    <message>
        <source>The signed PDF to write.</source>
        <translation>書き出す署名済み PDF。</translation>
    </message>
    <message>
        <source>The firm's PKCS#12 (.p12/.pfx) with key and certificate.</source>
        <translation>鍵と証明書を含む監査法人の PKCS#12（.p12/.pfx）。</translation>
    </message>
    <message>
        <source>Take the passphrase remembered in the OS keychain.</source>
        <translation>OS のキーチェーンに記憶されたパスフレーズを使います。</translation>
    </message>
    <message>
        <source>Remember the passphrase in the OS keychain after it opened the file.</source>
        <translation>パスフレーズでファイルを開けたら、OS のキーチェーンに記憶します。</translation>
    </message>
    <message>
        <source>Remove the remembered passphrase for this PKCS#12 from the keychain, then stop.</source>
        <translation>この PKCS#12 について記憶したパスフレーズをキーチェーンから削除して終了します。</translation>
    </message>
    <message>
        <source>Reason stated in the signature.</source>
        <translation>署名に記載する理由。</translation>
    </message>
    <message>
        <source>Location stated in the signature.</source>
        <translation>署名に記載する場所。</translation>
    </message>
    <message>
        <source>Signer name stated in the signature (default: the certificate's).</source>
        <translation>署名に記載する署名者名（既定: 証明書のもの）。</translation>
    </message>
    <message>
        <source>Embed FILE (under its file name) before signing; may be repeated.</source>
        <translation>署名の前に FILE を（そのファイル名で）埋め込みます。複数指定可。</translation>
    </message>
    <message>
        <source>The finished, unsigned PDF.</source>
        <translation>完成した署名前の PDF。</translation>
    </message>
    <message>
        <source>Signs a finished PDF as an incremental update (PAdES, ETSI.CAdES.detached, SHA-256).
The passphrase is never an argument: give it on standard input (--passphrase-stdin) or
from the keychain (--use-keychain). A PKCS#12 without a passphrase needs neither.</source>
        <translation>完成した PDF に増分更新として署名します（PAdES、ETSI.CAdES.detached、SHA-256）。
パスフレーズを引数で渡すことはできません: 標準入力（--passphrase-stdin）または
キーチェーン（--use-keychain）から与えてください。パスフレーズのない PKCS#12 はどちらも不要です。</translation>
    </message>
    <message>
        <source>sign-pdf: --p12 is required.</source>
        <translation>sign-pdf: --p12 が必要です。</translation>
    </message>
    <message>
        <source>%1: cannot read the PKCS#12 file.</source>
        <translation>%1: PKCS#12 ファイルを読み取れません。</translation>
    </message>
    <message>
        <source>Forgot the passphrase for %1.</source>
        <translation>%1 のパスフレーズを削除しました。</translation>
    </message>
    <message>
        <source>sign-pdf: give exactly one input PDF.</source>
        <translation>sign-pdf: 入力 PDF を1つだけ指定してください。</translation>
    </message>
    <message>
        <source>sign-pdf: -o OUT.pdf is required.</source>
        <translation>sign-pdf: -o OUT.pdf が必要です。</translation>
    </message>
    <message>
        <source>sign-pdf: the output must be another file than the input.</source>
        <translation>sign-pdf: 出力には入力とは別のファイルを指定してください。</translation>
    </message>
    <message>
        <source>%1: needs a passphrase; give it on standard input with --passphrase-stdin, or use --use-keychain.</source>
        <translation>%1: パスフレーズが必要です。--passphrase-stdin で標準入力から与えるか、--use-keychain を使ってください。</translation>
    </message>
    <message>
        <source>Signed %1 as %2 (%3).</source>
        <translation>%1 に %2 として署名しました（%3）。</translation>
    </message>
    <message>
        <source>PEM file of the CA(s) to trust for the signer's chain.</source>
        <translation>署名者の証明書チェーンで信頼する CA の PEM ファイル。</translation>
    </message>
    <message>
        <source>Check that the report's manifest matches this workbook's trail head.</source>
        <translation>報告書のマニフェストがこのワークブックの証跡ログのヘッドと一致するか確認します。</translation>
    </message>
    <message>
        <source>The signed report.</source>
        <translation>署名済みの報告書。</translation>
    </message>
    <message>
        <source>Verifies a signed report: byte range, CMS digest and signature, whole-document coverage,
trust against --ca, and the embedded manifest against --workbook.

Exit codes:
   0  valid
  20  tampered: digest mismatch, bad signature value, or changed after signing
  21  untrusted: intact, but the signer does not chain to --ca
  22  unsigned
  23  malformed or unreadable
  24  valid, but the manifest does not match --workbook</source>
        <translation>署名済みの報告書を検証します: バイト範囲、CMS ダイジェストと署名、文書全体が対象か、
--ca に対する信頼性、埋め込まれたマニフェストと --workbook の一致。

終了コード:
   0  有効
  20  改ざん: ダイジェスト不一致、署名値の不正、または署名後の変更
  21  信頼できない: 改変はないが、署名者が --ca につながらない
  22  署名なし
  23  形式不正または読み取り不可
  24  有効だが、マニフェストが --workbook と一致しない</translation>
    </message>
    <message>
        <source>verify-report: give exactly one PDF.</source>
        <translation>verify-report: PDF を1つだけ指定してください。</translation>
    </message>
    <message>
        <source>(claimed by the signer; no timestamp)</source>
        <translation>（署名者の申告。タイムスタンプなし）</translation>
    </message>
    <message>
        <source>whole document</source>
        <translation>文書全体</translation>
    </message>
    <message>
        <source>NOT the whole document (signed up to byte %1 of %2)</source>
        <translation>文書全体ではありません（%2 バイト中 %1 バイトまで署名）</translation>
    </message>
    <message>
        <source>not checked (give --ca CA.pem)</source>
        <translation>未確認（--ca CA.pem を指定してください）</translation>
    </message>
    <message>
        <source>trusted (chains to %1)</source>
        <translation>信頼できます（%1 につながります）</translation>
    </message>
    <message>
        <source>NOT trusted: %1</source>
        <translation>信頼できません: %1</translation>
    </message>
    <message>
        <source>MISSING: the report carries no ismap-manifest.json with a trail head</source>
        <translation>欠落: 報告書に証跡ログのヘッドを含む ismap-manifest.json がありません</translation>
    </message>
    <message>
        <source>DOES NOT MATCH the workbook: the report is of engagement %1, the workbook of %2</source>
        <translation>ワークブックと一致しません: 報告書は監査 %1、ワークブックは %2 のものです</translation>
    </message>
    <message>
        <source>DOES NOT MATCH the workbook: report trail head %1, workbook %2 (changed since the report, or another workbook)</source>
        <translation>ワークブックと一致しません: 報告書の証跡ログのヘッド %1、ワークブック %2（報告書の後に変更されたか、別のワークブックです）</translation>
    </message>
    <message>
        <source>matches the workbook (trail head %1)</source>
        <translation>ワークブックと一致します（証跡ログのヘッド %1）</translation>
    </message>
    <message>
        <source>present</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>trail head %1 (give --workbook WB to compare)</source>
        <translation>証跡ログのヘッド %1（比較するには --workbook WB を指定）</translation>
    </message>
    <message>
        <source>Short title.</source>
        <translation>短い表題。</translation>
    </message>
    <message>
        <source>What was found (condition).</source>
        <translation>判明した事項（状況）。</translation>
    </message>
    <message>
        <source>What should be (criteria).</source>
        <translation>あるべき姿（基準）。</translation>
    </message>
    <message>
        <source>Why it happened.</source>
        <translation>発生した理由（原因）。</translation>
    </message>
    <message>
        <source>What it leads to.</source>
        <translation>もたらす影響（影響）。</translation>
    </message>
    <message>
        <source>On the engagement's scale (e.g. high, medium, low).</source>
        <translation>監査の尺度による（例: high、medium、low）。</translation>
    </message>
    <message>
        <source>The CSP's management response.</source>
        <translation>CSP の経営者の回答。</translation>
    </message>
    <message>
        <source>draft, open, agreed or closed.</source>
        <translation>draft、open、agreed または closed。</translation>
    </message>
    <message>
        <source>The step number it arose in.</source>
        <translation>発生元のステップ番号。</translation>
    </message>
    <message>
        <source>%1 raised on item %2 (%3).</source>
        <translation>%1 を項目 %2 に起票しました（%3）。</translation>
    </message>
    <message>
        <source>The finding, e.g. F-001.</source>
        <translation>発見事項（例: F-001）。</translation>
    </message>
    <message>
        <source>%1 updated (%2).</source>
        <translation>%1 を更新しました（%2）。</translation>
    </message>
    <message>
        <source>The review note.</source>
        <translation>査閲コメント。</translation>
    </message>
    <message>
        <source>review note #%1 on item %2.</source>
        <translation>項目 %2 に査閲コメント #%1 を追加しました。</translation>
    </message>
    <message>
        <source>How it was resolved.</source>
        <translation>解決の内容。</translation>
    </message>
    <message>
        <source>The note number.</source>
        <translation>コメント番号。</translation>
    </message>
    <message>
        <source>review note #%1 on item %2 resolved.</source>
        <translation>項目 %2 の査閲コメント #%1 を解決しました。</translation>
    </message>
    <message>
        <source>Open notes only.</source>
        <translation>未解決のコメントのみ。</translation>
    </message>
    <message>
        <source>Only this item.</source>
        <translation>この項目のみ。</translation>
    </message>
    <message>
        <source>preparer or reviewer (default: staff prepare, reviewers and the lead review).</source>
        <translation>preparer または reviewer（既定: スタッフは作成者、査閲者と主任は査閲者）。</translation>
    </message>
    <message>
        <source>--role: "%1" is neither preparer nor reviewer.</source>
        <translation>--role: "%1" は preparer でも reviewer でもありません。</translation>
    </message>
    <message>
        <source>item %1 signed off as %2 by %3 (content %4).</source>
        <translation>項目 %1 に %3 が %2 としてサインオフしました（内容 %4）。</translation>
    </message>
    <message>
        <source>%1: the engagement is finalised; the workbook now refuses every change.</source>
        <translation>%1: 監査を確定しました。ワークブックは以後すべての変更を拒否します。</translation>
    </message>
    <message>
        <source>Why the engagement is reopened (recorded).</source>
        <translation>監査を再開する理由（記録されます）。</translation>
    </message>
    <message>
        <source>%1: the engagement is reopened.</source>
        <translation>%1: 監査を再開しました。</translation>
    </message>
    <message>
        <source>sample %1 for item %2: %3 of %4 (%5, table %6), seed %7, %8</source>
        <translation>項目 %2 のサンプル %1: %4 件中 %3 件（%5、テーブル %6）、シード %7、%8</translation>
    </message>
    <message>
        <source>annual, semiannual, quarterly, monthly, weekly, daily, multiple_daily or event (default: the statement's frequency).</source>
        <translation>annual、semiannual、quarterly、monthly、weekly、daily、multiple_daily または event（既定: 言明書の頻度）。</translation>
    </message>
    <message>
        <source>64-bit seed (default: random, recorded).</source>
        <translation>64 ビットのシード（既定: 乱数、記録されます）。</translation>
    </message>
    <message>
        <source>The step number the sample serves.</source>
        <translation>サンプルが対応するステップ番号。</translation>
    </message>
    <message>
        <source>What the population is.</source>
        <translation>母集団の内容。</translation>
    </message>
    <message>
        <source>--seed: "%1" is not a number from 0 to 18446744073709551615.</source>
        <translation>--seed: "%1" は 0 から 18446744073709551615 までの数値ではありません。</translation>
    </message>
    <message>
        <source>pass, fail or na.</source>
        <translation>pass、fail または na。</translation>
    </message>
    <message>
        <source>What was checked and found.</source>
        <translation>確認した内容と結果。</translation>
    </message>
    <message>
        <source>What the item is (ticket no., date).</source>
        <translation>サンプル項目の内容（チケット番号、日付）。</translation>
    </message>
    <message>
        <source>An attribute result NAME=VALUE (repeatable).</source>
        <translation>属性の結果 NAME=VALUE（複数指定可）。</translation>
    </message>
    <message>
        <source>The sample number (see sample list).</source>
        <translation>サンプル番号（sample list を参照）。</translation>
    </message>
    <message>
        <source>The sample item number, 1 …</source>
        <translation>サンプル項目の番号（1 から）。</translation>
    </message>
    <message>
        <source>--result: "%1" is not pass, fail or na.</source>
        <translation>--result: "%1" は pass、fail、na のいずれでもありません。</translation>
    </message>
    <message>
        <source>--attr: "%1" is not NAME=VALUE.</source>
        <translation>--attr: "%1" は NAME=VALUE の形式ではありません。</translation>
    </message>
    <message>
        <source>sample %1 item %2 (#%3): %4</source>
        <translation>サンプル %1 項目 %2（#%3）: %4</translation>
    </message>
    <message>
        <source>The sample number.</source>
        <translation>サンプル番号。</translation>
    </message>
    <message>
        <source>recorded:    %1</source>
        <translation>記録:     %1</translation>
    </message>
    <message>
        <source>reperformed: %1</source>
        <translation>再実施:   %1</translation>
    </message>
    <message>
        <source>ismapctl: sample %1: the re-performed selection does not match the recorded one.</source>
        <translation>ismapctl: サンプル %1: 再実施した抽出が記録と一致しません。</translation>
    </message>
    <message>
        <source>sample %1: the selection re-performs exactly from its seed.</source>
        <translation>サンプル %1: 抽出はシードから正確に再実施できます。</translation>
    </message>
    <message>
        <source>Replace the engagement's table with this JSON file.</source>
        <translation>監査のサンプリングテーブルをこの JSON ファイルで置き換えます。</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2).</source>
        <translation>%1: ファイルを読み取れません（%2）。</translation>
    </message>
    <message>
        <source>Sampling table %1 set.</source>
        <translation>サンプリングテーブル %1 を設定しました。</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>メールアドレス。</translation>
    </message>
    <message>
        <source>The member's name.</source>
        <translation>メンバーの氏名。</translation>
    </message>
    <message>
        <source>team add: give the workbook and the member's name.</source>
        <translation>team add: ワークブックとメンバーの氏名を指定してください。</translation>
    </message>
    <message>
        <source>%1 added to the team as %2.</source>
        <translation>%1 を %2 としてチームに追加しました。</translation>
    </message>
    <message>
        <source>team list: give exactly one workbook file.</source>
        <translation>team list: ワークブックのファイルを1つだけ指定してください。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>結果を JSON で出力します。</translation>
    </message>
    <message>
        <source>verify: give exactly one workbook file.</source>
        <translation>verify: ワークブックのファイルを1つだけ指定してください。</translation>
    </message>
    <message>
        <source>Verifying evidence</source>
        <translation>証跡を検証中</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <source>  integrity_check: ok; foreign keys: ok</source>
        <translation>  integrity_check: ok、外部キー: ok</translation>
    </message>
    <message>
        <source>  trail: %1 rows chained, head %2</source>
        <translation>  証跡ログ: %1 行が連鎖、ヘッド %2</translation>
    </message>
    <message>
        <source>  evidence: %1 records, %2 chunks, %3 bytes re-hashed</source>
        <translation>  証跡: %1 件、チャンク %2 個、%3 バイトを再ハッシュ</translation>
    </message>
    <message>
        <source>  sign-offs: %1 valid, content hashes match</source>
        <translation>  サインオフ: 有効 %1 件、内容のハッシュが一致</translation>
    </message>
    <message>
        <source>  rows: %1 match what the trail recorded</source>
        <translation>  行: %1 行が証跡ログの記録と一致</translation>
    </message>
    <message>
        <source>  rows: not recorded in this workbook's format 1 (opening it read-write upgrades it)</source>
        <translation>  行: このワークブックの形式 1 では記録されていません（読み書きで開くと更新されます）</translation>
    </message>
    <message>
        <source>Criteria revision:</source>
        <translation>管理基準の改訂:</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>項目:</translation>
    </message>
    <message>
        <source>in scope:</source>
        <translation>対象:</translation>
    </message>
    <message>
        <source>out of scope:</source>
        <translation>対象外:</translation>
    </message>
    <message>
        <source>undecided:</source>
        <translation>未決定:</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>発見事項:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>証跡:</translation>
    </message>
    <message>
        <source>%1: "%2" is not a whole number.</source>
        <translation>%1: "%2" は整数ではありません。</translation>
    </message>
    <message>
        <source>The draft finding, e.g. F-001.</source>
        <translation>発見事項の草案（例: F-001）。</translation>
    </message>
    <message>
        <source>%1 withdrawn (the trail keeps what it said).</source>
        <translation>%1 を取り下げました（内容は証跡ログに残ります）。</translation>
    </message>
    <message>
        <source>withdraw a draft finding raised in error</source>
        <translation>誤って起票した発見事項の草案を取り下げ</translation>
    </message>
    <message>
        <source>sample %1 discarded (the trail keeps the draw and the discard).</source>
        <translation>サンプル %1 を破棄しました（抽出と破棄は証跡ログに残ります）。</translation>
    </message>
    <message>
        <source>discard a sample drawn in error (no results recorded yet)</source>
        <translation>誤って抽出したサンプルを破棄（結果の記録前のみ）</translation>
    </message>
    <message>
        <source>The file to write: .xlsx or .csv.</source>
        <translation>書き出すファイル（.xlsx または .csv）。</translation>
    </message>
    <message>
        <source>Language of the headers and terms: ja or en (default: the language ismapctl speaks).</source>
        <translation>見出しと用語の言語: ja または en（既定: ismapctl の表示言語）。</translation>
    </message>
    <message>
        <source>CSV encoding: utf8 (with a BOM, the default) or cp932.</source>
        <translation>CSV の文字コード: utf8（BOM 付き、既定）または cp932。</translation>
    </message>
    <message>
        <source>export: -o FILE is required.</source>
        <translation>export: -o FILE を指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>%1 に %n 行を書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The report's date, YYYY-MM-DD (default: today in Japan).</source>
        <translation>報告日（YYYY-MM-DD。既定: 日本時間の今日）。</translation>
    </message>
    <message>
        <source>--date: "%1" is not a date (YYYY-MM-DD).</source>
        <translation>--date: 「%1」は日付（YYYY-MM-DD）ではありません。</translation>
    </message>
    <message>
        <source>Records in the population (default: the count the statement gives).</source>
        <translation>母集団の件数（既定: 言明書に記載の件数）。</translation>
    </message>
    <message>
        <source>XLSX: the worksheet to read (default: the one whose header names the ID and applicability).</source>
        <translation>XLSX: 読み込むシート（既定: 見出しに番号と採否の列があるシート）。</translation>
    </message>
    <message>
        <source>A second file (CSV or XLSX) with the statement's own content: date, version, regions, underlying services, system overview, changes, subsequent events.</source>
        <translation>言明書の記載事項（日付、版、リージョン、基盤サービス、システム概要、期間中の変更、後発事象）を記した別ファイル（CSV または XLSX）。</translation>
    </message>
    <message>
        <source>Statement content from %1: %2.</source>
        <translation>%1 から言明書の記載事項を読み込みました: %2。</translation>
    </message>
    <message>
        <source>no statement date</source>
        <translation>言明日の記載なし</translation>
    </message>
    <message>
        <source>dated %1</source>
        <translation>言明日 %1</translation>
    </message>
    <message>
        <source>The statement's date (YYYY-MM-DD).</source>
        <translation>言明書の日付（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Regions the service runs in.</source>
        <translation>サービスを提供するリージョン。</translation>
    </message>
    <message>
        <source>An underlying service as NAME, NAME:registered or NAME:not-registered (repeat; replaces the list; an empty value clears it).</source>
        <translation>基盤サービス（NAME、NAME:registered または NAME:not-registered。繰り返し指定可。一覧を置き換え、空の値で消去）。</translation>
    </message>
    <message>
        <source>The system overview.</source>
        <translation>システム概要。</translation>
    </message>
    <message>
        <source>Changes during the period.</source>
        <translation>対象期間中の変更。</translation>
    </message>
    <message>
        <source>Subsequent events.</source>
        <translation>後発事象。</translation>
    </message>
    <message>
        <source>statement info: give exactly one workbook file.</source>
        <translation>statement info: ワークブックを1つだけ指定してください。</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>（記載なし）</translation>
    </message>
    <message>
        <source>Statement date</source>
        <translation>言明日</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Underlying services</source>
        <translation>基盤サービス</translation>
    </message>
    <message>
        <source>System overview</source>
        <translation>システム概要</translation>
    </message>
    <message>
        <source>Changes during the period</source>
        <translation>期間中の変更</translation>
    </message>
    <message>
        <source>Subsequent events</source>
        <translation>後発事象</translation>
    </message>
    <message>
        <source>show or edit the statement's own content (date, version, scope, overview, changes, subsequent events)</source>
        <translation>言明書の記載事項（日付、版、範囲、概要、変更、後発事象）を表示・編集する</translation>
    </message>
    <message>
        <source>The engagement's scope: the service, regions and what the audit covers.</source>
        <translation>業務の対象範囲（サービス、リージョン、監査の対象）。</translation>
    </message>
    <message>
        <source>The engagement lead (default: ISMAP_MEMBER).</source>
        <translation>業務執行責任者（既定: ISMAP_MEMBER）。</translation>
    </message>
    <message>
        <source>The new scope (omit it to show the scope).</source>
        <translation>新しい対象範囲（省略すると現在の範囲を表示）。</translation>
    </message>
    <message>
        <source>engagement scope: give a workbook and, to change it, the new scope.</source>
        <translation>engagement scope: ワークブックと、変更する場合は新しい対象範囲を指定してください。</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>対象範囲: %1</translation>
    </message>
    <message>
        <source>show or change the engagement's scope (lead)</source>
        <translation>業務の対象範囲を表示・変更する（業務執行責任者）</translation>
    </message>
    <message>
        <source>findings, samples, evidence, status or requests.</source>
        <translation>findings（発見事項）、samples（サンプル）、evidence（証跡）、status（進捗）、requests（依頼資料）のいずれか。</translation>
    </message>
    <message>
        <source>export: give what to export (findings, samples, evidence, status or requests) and one workbook file.</source>
        <translation>export: 書き出す内容（findings、samples、evidence、status、requests）とワークブックを1つ指定してください。</translation>
    </message>
    <message>
        <source>export: "%1" is not an export (findings, samples, evidence, status or requests).</source>
        <translation>export: 「%1」は書き出せる内容ではありません（findings、samples、evidence、status、requests）。</translation>
    </message>
    <message>
        <source>Export findings, samples, evidence, status or requests to XLSX/CSV</source>
        <translation>発見事項・サンプル・証跡・進捗・依頼資料を XLSX/CSV に書き出す</translation>
    </message>
    <message>
        <source>What is asked for.</source>
        <translation>依頼する内容。</translation>
    </message>
    <message>
        <source>The procedure step it serves.</source>
        <translation>対応する手続ステップ。</translation>
    </message>
    <message>
        <source>The sample set whose records are asked for.</source>
        <translation>記録を依頼するサンプル。</translation>
    </message>
    <message>
        <source>When it is due (YYYY-MM-DD).</source>
        <translation>提出期限（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>When it was asked for (default: today in Japan).</source>
        <translation>依頼日（既定: 日本時間の今日）。</translation>
    </message>
    <message>
        <source>The item.</source>
        <translation>管理策。</translation>
    </message>
    <message>
        <source>Request %1 on item %2: %3</source>
        <translation>依頼 %1（管理策 %2）: %3</translation>
    </message>
    <message>
        <source>requested, received or withdrawn.</source>
        <translation>requested（依頼中）、received（受領済）、withdrawn（取下げ）のいずれか。</translation>
    </message>
    <message>
        <source>When it was received (YYYY-MM-DD).</source>
        <translation>受領日（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>A note (the CSP's answer, a reminder).</source>
        <translation>備考（CSP の回答、督促など）。</translation>
    </message>
    <message>
        <source>Evidence that answered it (repeat for more).</source>
        <translation>依頼に応えた証跡（複数指定可）。</translation>
    </message>
    <message>
        <source>The request (R-001).</source>
        <translation>依頼（R-001）。</translation>
    </message>
    <message>
        <source>--status: "%1" is none of requested, received, withdrawn.</source>
        <translation>--status: 「%1」は requested、received、withdrawn のいずれでもありません。</translation>
    </message>
    <message>
        <source>request set: give at least one change.</source>
        <translation>request set: 変更を1つ以上指定してください。</translation>
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation>依頼 %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>依頼 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>The CSP's returned copy of the exported request list (XLSX or CSV).</source>
        <translation>書き出した依頼資料一覧を CSP が記入して返したもの（XLSX または CSV）。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n request(s) changed.</source>
        <translation>
            <numerusform>%1: %n 件の依頼を更新しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>add a request for documents or records to the CSP</source>
        <translation>CSP に資料・記録を依頼する</translation>
    </message>
    <message>
        <source>change a request's status, dates, note or evidence</source>
        <translation>依頼の状態・日付・備考・証跡を変更する</translation>
    </message>
    <message>
        <source>list the requests to the CSP</source>
        <translation>CSP への依頼を一覧表示する</translation>
    </message>
    <message>
        <source>update request statuses from the CSP's returned copy; all rows or none</source>
        <translation>CSP が返した一覧から依頼の状態を更新する（全行か無し）</translation>
    </message>
    <message>
        <source>The statement's version.</source>
        <translation>言明書の版。</translation>
    </message>
    <message>
        <source>population list %1 (SHA-256 %2)</source>
        <translation>母集団リスト %1（SHA-256 %2）</translation>
    </message>
    <message>
        <source>The CSP's ledger (CSV or XLSX, first row the header): kept as evidence, its record count is the population and the drawn items name its records.</source>
        <translation>CSP の台帳（CSV または XLSX、1行目は見出し）。証跡として保存し、記録の件数を母集団とし、抽出した項目に記録を記載します。</translation>
    </message>
    <message>
        <source>sample draw: give --population or --population-list, not both.</source>
        <translation>sample draw: --population か --population-list のどちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <source>Obtained from:</source>
        <translation>入手先:</translation>
    </message>
    <message>
        <source>Obtained on:</source>
        <translation>入手日:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <source>Added by:</source>
        <translation>追加者:</translation>
    </message>
    <message>
        <source>Linked to: nothing</source>
        <translation>リンク先: なし</translation>
    </message>
    <message>
        <source>Linked to:</source>
        <translation>リンク先:</translation>
    </message>
    <message>
        <source>%1: removed from the vault.</source>
        <translation>%1: 証跡保管庫から削除しました。</translation>
    </message>
    <message>
        <source>show one piece of evidence and what it is linked to</source>
        <translation>1件の証跡とそのリンク先を表示する</translation>
    </message>
    <message>
        <source>remove unlinked evidence from the vault (an open engagement only)</source>
        <translation>リンクされていない証跡を保管庫から削除する（確定前の業務のみ）</translation>
    </message>
    <message>
        <source>Go ahead although the change voids another member's sign-off (without it, such a change is refused with what it would void).</source>
        <translation>他のメンバーのサインオフが無効になる変更でも実行する（指定しない場合、そのような変更は無効になるものを示して拒否されます）。</translation>
    </message>
    <message>
        <source>Print each change whole: every field before and after, uncut.</source>
        <translation>各変更を省略せずに表示します（全項目の変更前と変更後）。</translation>
    </message>
    <message>
        <source>At most N rows, newest first (default 500).</source>
        <translation>新しい順に最大 N 行（既定 500）。</translation>
    </message>
    <message>
        <source>item %1: nothing recorded yet.</source>
        <translation>項目 %1: まだ記録がありません。</translation>
    </message>
    <message>
        <source>an item's history: when, who, what and what changed (--full, --json)</source>
        <translation>項目の履歴: 日時、実施者、内容、変更点（--full、--json）</translation>
    </message>
    <message>
        <source>Lists every gap that blocks the final report, grouped by kind, each with its item.
Exit codes: 0 clean (a final report can be issued), 1 gaps found.</source>
        <translation>最終報告書の発行を妨げる未了事項を、種類ごとに項目とともにすべて一覧表示する。
終了コード: 0 未了事項なし(最終報告書を発行できる)、1 未了事項あり。</translation>
    </message>
    <message>
        <source>%1: clean — nothing blocks the final report.</source>
        <translation>%1: 未了事項なし — 最終報告書の発行を妨げるものはない。</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s) block the final report.</source>
        <translation>
            <numerusform>%n 件の未了事項が最終報告書の発行を妨げている。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no report has been issued.</source>
        <translation>%1: 発行された報告書はない。</translation>
    </message>
    <message>
        <source>issued by %1, signed by %2, language %3, report date %4</source>
        <translation>発行者 %1、署名者 %2、言語 %3、報告日 %4</translation>
    </message>
    <message>
        <source>reissue of %1</source>
        <translation>%1 の再発行</translation>
    </message>
    <message>
        <source>kept until %1</source>
        <translation>保存期限 %1</translation>
    </message>
    <message>
        <source>Set the retention period of the issued engagement (lead).</source>
        <translation>発行済み業務の保存期間を設定する(業務執行責任者)。</translation>
    </message>
    <message numerus="yes">
        <source>Retention period: %n year(s).</source>
        <translation>
            <numerusform>保存期間: %n 年。</numerusform>
        </translation>
    </message>
    <message>
        <source>No final report is issued yet; the engagement is not archived.</source>
        <translation>最終報告書はまだ発行されておらず、業務は保存(アーカイブ)されていない。</translation>
    </message>
    <message>
        <source>Archived: kept until %1.</source>
        <translation>保存済み: %1 まで保存する。</translation>
    </message>
    <message>
        <source>The final report %1 was issued; the next report prints a reissue section referring to it.</source>
        <translation>最終報告書 %1 は発行済みである。次の報告書にはこれを参照する再発行の節が記載される。</translation>
    </message>
    <message>
        <source>list every gap that blocks the final report</source>
        <translation>最終報告書の発行を妨げる未了事項をすべて一覧表示する</translation>
    </message>
    <message>
        <source>list the reports issued from the workbook</source>
        <translation>ワークブックから発行された報告書を一覧表示する</translation>
    </message>
    <message>
        <source>show or set how long the issued engagement is kept (lead)</source>
        <translation>発行済み業務の保存期間を表示・設定する(業務執行責任者)</translation>
    </message>
    <message>
        <source>reopen a finalised or issued engagement with a reason (lead)</source>
        <translation>確定済み・発行済みの業務を理由を付して再開する(業務執行責任者)</translation>
    </message>
    <message>
        <source>the OS keychain cannot keep the key's passphrase (%1); give a passphrase on standard input with --passphrase-stdin instead.</source>
        <translation>OS のキーチェーンに鍵のパスフレーズを保存できません（%1）。代わりに --passphrase-stdin で標準入力からパスフレーズを渡してください。</translation>
    </message>
    <message>
        <source>fingerprint of %1's key (compare it with the member by phone or in person):</source>
        <translation>%1 の鍵のフィンガープリント（電話または対面で本人と照合してください）:</translation>
    </message>
    <message>
        <source>Also keep the passphrase given on standard input in the OS keychain.</source>
        <translation>標準入力で渡したパスフレーズを OS のキーチェーンにも保存する。</translation>
    </message>
    <message>
        <source>%1: %2 already has a key on this machine; rotate it instead (member key rotate).</source>
        <translation>%1: %2 はこのマシンに既に鍵を持っています。代わりに鍵を更新してください（member key rotate）。</translation>
    </message>
    <message>
        <source>%1's key made: %2 (encrypted); give the engagement lead the public key %3.</source>
        <translation>%1 の鍵を作成しました: %2（暗号化済み）。公開鍵 %3 を業務執行責任者に渡してください。</translation>
    </message>
    <message>
        <source>Whose key it is.</source>
        <translation>誰の鍵か。</translation>
    </message>
    <message>
        <source>The member's public key (PEM).</source>
        <translation>メンバーの公開鍵（PEM）。</translation>
    </message>
    <message>
        <source>member key register: give --member NAME and --public-key FILE.</source>
        <translation>member key register: --member NAME と --public-key FILE を指定してください。</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み取れません: %2</translation>
    </message>
    <message>
        <source>%1's key registered in %2.</source>
        <translation>%1 の鍵を %2 に登録しました。</translation>
    </message>
    <message>
        <source>%1: give the passphrase of your current key (--passphrase-stdin).</source>
        <translation>%1: 現在の鍵のパスフレーズを指定してください（--passphrase-stdin）。</translation>
    </message>
    <message>
        <source>%1's key rotated in %2; the old key signs nothing from now on.</source>
        <translation>%2 で %1 の鍵を更新しました。旧い鍵では今後署名できません。</translation>
    </message>
    <message>
        <source>Whose key (default: your own).</source>
        <translation>誰の鍵か（省略時: 自分の鍵）。</translation>
    </message>
    <message>
        <source>Why the key is revoked (recorded).</source>
        <translation>鍵を失効させる理由（記録されます）。</translation>
    </message>
    <message>
        <source>%1's key %2 revoked at %3; it signs nothing after that.</source>
        <translation>%1 の鍵 %2 を %3 に失効させました。以後この鍵では署名できません。</translation>
    </message>
    <message>
        <source>make your own signing key on this machine (encrypted)</source>
        <translation>この端末で自分の署名鍵を作成する（暗号化）</translation>
    </message>
    <message>
        <source>register a member's public key in the workbook (lead)</source>
        <translation>メンバーの公開鍵をワークブックに登録する（業務執行責任者）</translation>
    </message>
    <message>
        <source>replace your key by a new one, trailed</source>
        <translation>自分の鍵を新しい鍵に更新する（証跡に記録）</translation>
    </message>
    <message>
        <source>revoke a member's key from now (the member or the lead)</source>
        <translation>メンバーの鍵を今から失効させる（本人または業務執行責任者）</translation>
    </message>
    <message>
        <source>list the registered member keys</source>
        <translation>登録済みのメンバー鍵を一覧表示する</translation>
    </message>
    <message>
        <source>The engagement lead issuing the final report (default: the ISMAP_MEMBER environment variable).</source>
        <translation>最終報告書を発行する業務執行責任者(既定: 環境変数 ISMAP_MEMBER)。</translation>
    </message>
    <message>
        <source>The passphrase of --sign P12 is never an argument. It is taken, in this order:
  - none, if the PKCS#12 file has no passphrase;
  - from standard input with --passphrase-stdin (--remember then keeps it in the
    OS keychain);
  - else the passphrase remembered in the OS keychain for this file (by the desktop
    app's "Remember passphrase", sign-pdf --remember or report --remember; the key
    is the file's SHA-256, so a re-exported file is asked for again), unless
    --no-keychain is given.
It is never written to a file, a log, the settings or the workbook.

The report is final only when `ismapctl check` is clean, the engagement is
finalised and it is signed (--sign, or --demo-signer for a demo); the engagement
lead (--as) issues it, and it is recorded in the workbook, which is archived.
Otherwise it is a draft: DRAFT on every page, never signed with the
firm's certificate; --sign with gaps left is refused and writes nothing.</source>
        <translation>--sign P12 のパスフレーズは引数では受け付けない。次の順に取得する:
  - PKCS#12 ファイルにパスフレーズがなければ不要;
  - --passphrase-stdin で標準入力から(--remember を付けると OS の
    キーチェーンに保存する);
  - それ以外は、このファイルについて OS のキーチェーンに記憶されたパスフレーズ(デスク
    トップアプリの「パスフレーズを記憶」、sign-pdf --remember または report --remember
    による。キーはファイルの SHA-256 のため、書き出し直したファイルでは再度尋ねる)。
    ただし --no-keychain を指定した場合を除く。
パスフレーズがファイル、ログ、設定、ワークブックに書き込まれることはない。

報告書が最終版となるのは、`ismapctl check` で未了事項がなく、業務が確定済みで、
署名される(--sign、デモでは --demo-signer)場合に限る。最終版は業務執行責任者
(--as)が発行し、ワークブックに記録され、業務は保存(アーカイブ)される。
それ以外はドラフトとなる: 全ページに DRAFT と表示され、監査機関の証明書では
署名されない — 未了事項が残る状態での --sign は拒否され、何も書き込まれない。</translation>
    </message>
    <message>
        <source>DRAFT: not the final report (see `ismapctl check`):</source>
        <translation>ドラフト: 最終報告書ではない(`ismapctl check` を参照):</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>FINAL report issued and recorded (SHA-256 %1); the engagement is archived, kept until %2.</source>
        <translation>最終報告書を発行し記録した(SHA-256 %1)。業務は保存(アーカイブ)され、%2 まで保存される。</translation>
    </message>
    <message>
        <source>matches the workbook: issued from it at trail head %1, nothing changed since</source>
        <translation>ワークブックと一致: 監査証跡の先頭 %1 の時点で発行され、以後変更はない</translation>
    </message>
    <message>
        <source>Sign the engagement off: the lead, then the quality reviewer.</source>
        <translation>監査業務にサインオフする（業務執行責任者、次に審査担当者）。</translation>
    </message>
    <message>
        <source>the engagement signed off as %1 by %2 (key %3).</source>
        <translation>%2 が %1 として監査業務にサインオフしました（鍵 %3）。</translation>
    </message>
    <message>
        <source>sign an item, or the engagement (--engagement), off (as signoff)</source>
        <translation>項目または監査業務（--engagement）にサインオフする（signoff と同じ）</translation>
    </message>
    <message>
        <source>  signatures: %1 checked against the registered member keys</source>
        <translation>  署名: %1 件を登録済みのメンバー鍵で検証</translation>
    </message>
    <message>
        <source>Read the passphrase of your member key from the first line of standard input (otherwise it comes from the OS keychain).</source>
        <translation>メンバー鍵のパスフレーズを標準入力の 1 行目から読む（指定しない場合は OS のキーチェーンから取得）。</translation>
    </message>
    <message>
        <source>--passphrase-stdin: standard input holds no passphrase.</source>
        <translation>--passphrase-stdin: 標準入力にパスフレーズがありません。</translation>
    </message>
    <message>
        <source>Where the replica is written (a new file).</source>
        <translation>レプリカの書き込み先（新しいファイル）。</translation>
    </message>
    <message>
        <source>The team member the replica is for.</source>
        <translation>レプリカを使うチームメンバー。</translation>
    </message>
    <message>
        <source>Reference prefix of the replica (e.g. TA gives F-TA-001); default: the member's initials.</source>
        <translation>レプリカの参照番号の接頭辞（例: TA なら F-TA-001）。既定はメンバーのイニシャル。</translation>
    </message>
    <message>
        <source>The engagement's origin workbook (the lead's).</source>
        <translation>業務のオリジンのワークブック（業務執行責任者のもの）。</translation>
    </message>
    <message>
        <source>replica create: give -o COPY and --for MEMBER.</source>
        <translation>replica create: -o COPY と --for MEMBER を指定してください。</translation>
    </message>
    <message>
        <source>replica %1 for %2 written to %3 (references %4).</source>
        <translation>%2 用のレプリカ %1 を %3 に作成しました（参照番号 %4）。</translation>
    </message>
    <message>
        <source>The replica that was moved.</source>
        <translation>移動したレプリカ。</translation>
    </message>
    <message>
        <source>%1 is replica %2 again, at this place.</source>
        <translation>%1 はこの場所でレプリカ %2 として再び有効になりました。</translation>
    </message>
    <message>
        <source>The package to write (.ismapsync).</source>
        <translation>書き出す変更パッケージ（.ismapsync）。</translation>
    </message>
    <message>
        <source>Only what this replica (number) is not known to hold.</source>
        <translation>このレプリカ（番号）が保持していないと分かっている変更だけ。</translation>
    </message>
    <message>
        <source>sync export: give -o FILE.ismapsync.</source>
        <translation>sync export: -o FILE.ismapsync を指定してください。</translation>
    </message>
    <message>
        <source>The change package (.ismapsync).</source>
        <translation>変更パッケージ（.ismapsync）。</translation>
    </message>
    <message>
        <source>%1: no replicas (the engagement is worked in this one file).</source>
        <translation>%1: レプリカはありません（この業務はこのファイルだけで実施されています）。</translation>
    </message>
    <message>
        <source>%1 is replica %2.</source>
        <translation>%1 はレプリカ %2 です。</translation>
    </message>
    <message>
        <source>seen %1</source>
        <translation>取込済み %1</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>このファイル</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>未送付 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>last export %1, last import %2</source>
        <translation>最終書き出し %1、最終取り込み %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s).</source>
        <translation>
            <numerusform>未解決の競合 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolved conflicts too.</source>
        <translation>解決済みの競合も表示します。</translation>
    </message>
    <message>
        <source>no conflicts.</source>
        <translation>競合はありません。</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未解決</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>replica %1 (%2, %3): %4</source>
        <translation>レプリカ %1（%2、%3）: %4</translation>
    </message>
    <message>
        <source>deleted the row</source>
        <translation>行を削除</translation>
    </message>
    <message>
        <source>  ← held now</source>
        <translation>  ← 現在の値</translation>
    </message>
    <message>
        <source>mine, theirs, a replica's number, or value (with --value).</source>
        <translation>mine、theirs、レプリカ番号、または value（--value と併用）。</translation>
    </message>
    <message>
        <source>FIELD=VALUE to set (repeatable).</source>
        <translation>設定する FIELD=VALUE（複数指定可）。</translation>
    </message>
    <message>
        <source>The conflict (see sync conflicts).</source>
        <translation>競合（sync conflicts を参照）。</translation>
    </message>
    <message>
        <source>--value "%1": give FIELD=VALUE.</source>
        <translation>--value "%1": FIELD=VALUE の形で指定してください。</translation>
    </message>
    <message>
        <source>--take value needs --value FIELD=VALUE.</source>
        <translation>--take value には --value FIELD=VALUE が必要です。</translation>
    </message>
    <message>
        <source>--take "%1": give mine, theirs, a replica number or value.</source>
        <translation>--take "%1": mine、theirs、レプリカ番号、value のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>conflict %1 (%2) resolved by %3.</source>
        <translation>競合 %1（%2）を %3 が解決しました。</translation>
    </message>
    <message>
        <source>The shared folder.</source>
        <translation>共有フォルダー。</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n action(s)).</source>
        <translation>
            <numerusform>%1 を書き出しました（操作 %n 件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>make a replica of the engagement for a member</source>
        <translation>メンバー用に業務のレプリカを作成する</translation>
    </message>
    <message>
        <source>rebind a replica that was moved to its new place</source>
        <translation>移動したレプリカを新しい場所に結び付け直す</translation>
    </message>
    <message>
        <source>write a signed change package for other replicas</source>
        <translation>他のレプリカ向けに署名付き変更パッケージを書き出す</translation>
    </message>
    <message>
        <source>check and apply a change package</source>
        <translation>変更パッケージを検査して取り込む</translation>
    </message>
    <message>
        <source>list the replicas and what each has seen</source>
        <translation>レプリカとそれぞれの取り込み状況を一覧する</translation>
    </message>
    <message>
        <source>list the conflicts between replicas</source>
        <translation>レプリカ間の競合を一覧する</translation>
    </message>
    <message>
        <source>decide a conflict between replicas</source>
        <translation>レプリカ間の競合を解決する</translation>
    </message>
    <message>
        <source>exchange packages through a shared folder</source>
        <translation>共有フォルダーで変更パッケージを交換する</translation>
    </message>
    <message>
        <source>staff, reviewer, lead (hands the lead over; the former lead becomes a reviewer) or quality_reviewer.</source>
        <translation>staff、reviewer、lead（業務執行責任者を引き継ぎ、前任者は査閲者になります）または quality_reviewer。</translation>
    </message>
    <message>
        <source>team role: give the workbook, the member's name and the new role.</source>
        <translation>team role: ワークブック、メンバーの名前、新しい役割を指定してください。</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 の役割を %2 に変更しました。</translation>
    </message>
    <message>
        <source>change a team member's role (the engagement lead only; lead hands the lead over)</source>
        <translation>チームメンバーの役割を変更（業務執行責任者のみ。lead を指定すると業務執行責任者を引き継ぎ）</translation>
    </message>
    <message>
        <source>not in scope</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>廃止</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>see sync conflicts</source>
        <translation>sync conflicts を参照</translation>
    </message>
    <message>
        <source>The member's role: %1.</source>
        <translation>メンバーの役割: %1。</translation>
    </message>
    <message>
        <source>add a member to the engagement team (staff, reviewer, lead, quality reviewer)</source>
        <translation>業務チームにメンバーを追加（スタッフ、査閲者、業務執行責任者、審査担当者）</translation>
    </message>
    <message>
        <source>Done (prepared or reviewed): %1 of %2 in scope  started: %3</source>
        <translation>完了（作成済みまたは査閲済み）: 対象 %2 件中 %1 件  着手済み: %3 件</translation>
    </message>
    <message>
        <source>By part (done / in scope):</source>
        <translation>区分別（完了 / 対象）:</translation>
    </message>
    <message>
        <source>By domain (done / in scope):</source>
        <translation>領域別（完了 / 対象）:</translation>
    </message>
</context>
<context>
    <name>ConflictText</name>
    <message>
        <source>assignee</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>査閲者</translation>
    </message>
    <message>
        <source>performed at</source>
        <translation>実施日時</translation>
    </message>
    <message>
        <source>this year's cycle</source>
        <translation>今年度のサイクル</translation>
    </message>
    <message>
        <source>kind of control</source>
        <translation>統制の種類</translation>
    </message>
    <message>
        <source>text</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>解決内容</translation>
    </message>
    <message>
        <source>due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>%2 のステップ %1</translation>
    </message>
    <message>
        <source>A step of %1</source>
        <translation>%1 のステップ</translation>
    </message>
    <message>
        <source>Finding %1</source>
        <translation>発見事項 %1</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>依頼資料 %1</translation>
    </message>
    <message>
        <source>Sample item %1 of sample %2 (%3)</source>
        <translation>サンプル %2 の項目 %1（%3）</translation>
    </message>
    <message>
        <source>A sample item of %1</source>
        <translation>%1 のサンプル項目</translation>
    </message>
    <message>
        <source>Sample %1 of %2</source>
        <translation>%2 のサンプル %1</translation>
    </message>
    <message>
        <source>Applicability of %1</source>
        <translation>%1 の適用可否</translation>
    </message>
    <message>
        <source>Plan of %1</source>
        <translation>%1 の計画</translation>
    </message>
    <message>
        <source>Review note %1 on %2</source>
        <translation>%2 の査閲コメント %1</translation>
    </message>
    <message>
        <source>A sign-off of %1</source>
        <translation>%1 のサインオフ</translation>
    </message>
    <message>
        <source>Evidence record %1</source>
        <translation>証跡レコード %1</translation>
    </message>
    <message>
        <source>An evidence link of %1</source>
        <translation>%1 の証跡の紐付け</translation>
    </message>
    <message>
        <source>Team member %1</source>
        <translation>チームメンバー %1</translation>
    </message>
    <message>
        <source>The engagement's details</source>
        <translation>業務の基本情報</translation>
    </message>
    <message>
        <source>The statement's details</source>
        <translation>言明書の記載事項</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空欄）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>CriteriaPart</name>
    <message>
        <source>Governance criteria</source>
        <translation>ガバナンス基準</translation>
    </message>
    <message>
        <source>Management criteria</source>
        <translation>マネジメント基準</translation>
    </message>
    <message>
        <source>Control criteria</source>
        <translation>管理策基準</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: cannot open the file (%2).</source>
        <translation>%1: ファイルを開けません（%2）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the workbook is in use by another program or window; close it there and try again.</source>
        <translation>%1: ワークブックは別のプログラムまたはウィンドウで使用中です。そちらで閉じてから再試行してください。</translation>
    </message>
    <message>
        <source>%1: the workbook cannot be written here (read-only).</source>
        <translation>%1: この場所ではワークブックに書き込めません（読み取り専用）。</translation>
    </message>
    <message>
        <source>%1: this file is not an ISMAP workbook.</source>
        <translation>%1: このファイルはISMAPワークブックではありません。</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged (%2). It was not changed; restore it from a backup.</source>
        <translation>%1: ワークブックが破損しています（%2）。ワークブックは変更されていません。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>%1: the disk is full; nothing was written.</source>
        <translation>%1: ディスクの空き容量が不足しているため、何も書き込まれませんでした。</translation>
    </message>
    <message>
        <source>%1: input/output error (%2).</source>
        <translation>%1: 入出力エラーです（%2）。</translation>
    </message>
    <message>
        <source>%1: database error %2: %3</source>
        <translation>%1: データベースエラー %2: %3</translation>
    </message>
    <message>
        <source>starting the change capture</source>
        <translation>変更の記録の開始</translation>
    </message>
    <message>
        <source>reading the captured changes</source>
        <translation>記録した変更の読み出し</translation>
    </message>
    <message>
        <source>The changeset is malformed.</source>
        <translation>変更セットの形式が正しくありません。</translation>
    </message>
</context>
<context>
    <name>DemoEngagement</name>
    <message>
        <source>%1: the demo data is missing.</source>
        <translation>%1: デモデータが見つかりません。</translation>
    </message>
    <message>
        <source>demo-statement.csv row %1: unknown item %2.</source>
        <translation>demo-statement.csv %1行目: 不明な項目%2です。</translation>
    </message>
    <message>
        <source>Inspected the current document and records for %1 (approved, revision history complete). No exception.</source>
        <translation>%1に係る現行の文書および記録を閲覧した（承認済み、改訂履歴に漏れなし）。例外なし。</translation>
    </message>
    <message>
        <source>Inquired of the control owner; the description in the statement agrees with practice and nothing changed in the period.</source>
        <translation>統制責任者に質問した。言明書の記述は実際の運用と一致しており、期間中に変更はなかった。</translation>
    </message>
    <message>
        <source>Observed the setting in the production console with the administrator; it matches the standard. Screen captured.</source>
        <translation>管理者の立会いのもと、本番環境のコンソールで設定を観察した。設定は基準と一致している。画面キャプチャを取得した。</translation>
    </message>
    <message>
        <source>Reperformed the check against an export of the settings; all values agree.</source>
        <translation>設定のエクスポートに対してチェックを再実施した。すべての値が一致した。</translation>
    </message>
    <message>
        <source>demo-engagement.json: the team needs two staff, a reviewer and a lead.</source>
        <translation>demo-engagement.json: チームにはスタッフ2名、査閲者1名および業務執行責任者1名が必要です。</translation>
    </message>
    <message>
        <source>%1: cannot write demo evidence.</source>
        <translation>%1: デモ用の証跡を書き込めません。</translation>
    </message>
    <message>
        <source>Occurrences in the period per the CSP's ledger</source>
        <translation>CSPの台帳に記録された期間中の発生事例</translation>
    </message>
    <message>
        <source>Approval, date and performer agree with the record.</source>
        <translation>承認、日付および実施者は記録と一致している。</translation>
    </message>
    <message>
        <source>Current rules as provided by the CSP</source>
        <translation>CSPから提供された現行のルール</translation>
    </message>
    <message>
        <source>Screen capture of the production setting, taken during observation</source>
        <translation>観察時に取得した本番環境の設定の画面キャプチャ</translation>
    </message>
    <message>
        <source>Population per the CSP's records</source>
        <translation>CSPの記録に基づく母集団</translation>
    </message>
    <message>
        <source>No exception.</source>
        <translation>例外なし。</translation>
    </message>
    <message>
        <source>Log extract for the period, population of the sample</source>
        <translation>期間中のログの抽出（サンプルの母集団）</translation>
    </message>
    <message>
        <source>Screen capture showing the exception</source>
        <translation>例外を示す画面キャプチャ</translation>
    </message>
    <message>
        <source>The control as described in the statement for item %1.</source>
        <translation>項目%1について言明書に記載された統制。</translation>
    </message>
</context>
<context>
    <name>DemoPki</name>
    <message>
        <source>The demo certificates could not be made (%1).</source>
        <translation>デモ用の証明書を作成できませんでした（%1）。</translation>
    </message>
</context>
<context>
    <name>DrawSampleCommand</name>
    <message>
        <source>draw a sample for %1</source>
        <translation>%1 のサンプル抽出</translation>
    </message>
</context>
<context>
    <name>EditFindingCommand</name>
    <message>
        <source>edit finding %1</source>
        <translation>発見事項 %1 の編集</translation>
    </message>
</context>
<context>
    <name>EngagementSetupBook</name>
    <message>
        <source>Cloud service provider: give the provider's name.</source>
        <translation>クラウドサービス事業者: 事業者名を入力してください。</translation>
    </message>
    <message>
        <source>Cloud service: give the service's name.</source>
        <translation>クラウドサービス: サービス名を入力してください。</translation>
    </message>
    <message>
        <source>Audit period: give the first and the last day.</source>
        <translation>監査対象期間: 開始日と終了日を入力してください。</translation>
    </message>
    <message>
        <source>Audit period: the last day is before the first.</source>
        <translation>監査対象期間: 終了日が開始日より前です。</translation>
    </message>
    <message>
        <source>Audit period: an ISMAP audit period is at most one year.</source>
        <translation>監査対象期間: ISMAPの監査対象期間は1年以内です。</translation>
    </message>
    <message>
        <source>Scheme: "%1" is neither ISMAP nor ISMAP-LIU.</source>
        <translation>制度: 「%1」はISMAPでもISMAP-LIUでもありません。</translation>
    </message>
    <message>
        <source>Audit kind: "%1" is neither initial nor renewal.</source>
        <translation>監査の種類: 「%1」は初回でも更新でもありません。</translation>
    </message>
    <message>
        <source>Team: name the engagement lead (only the lead may finalise the engagement).</source>
        <translation>チーム: 業務執行責任者を指定してください（業務を確定できるのは業務執行責任者のみです）。</translation>
    </message>
    <message>
        <source>Workbook file: choose where to save the new workbook.</source>
        <translation>ワークブックファイル: 新しいワークブックの保存先を選んでください。</translation>
    </message>
</context>
<context>
    <name>EngineCommand</name>
    <message>
        <source>Cannot redo</source>
        <translation>やり直せません</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>元に戻せません</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 項目</numerusform>
        </translation>
    </message>
    <message>
        <source>describe evidence %1</source>
        <translation>証跡 %1 の説明の変更</translation>
    </message>
    <message>
        <source>unlink evidence %1 from %2</source>
        <translation>証跡 %1 の %2 からのリンク解除</translation>
    </message>
</context>
<context>
    <name>EvidenceFolderSink</name>
    <message>
        <source>%1: cannot write (%2).</source>
        <translation>%1: 書き込めません（%2）。</translation>
    </message>
</context>
<context>
    <name>EvidenceVault</name>
    <message>
        <source>%1: date obtained "%2" is not a date (YYYY-MM-DD).</source>
        <translation>%1: 入手日「%2」は日付（YYYY-MM-DD）ではありません。</translation>
    </message>
    <message>
        <source>item %1: not in the criteria catalog of this workbook.</source>
        <translation>項目 %1: このワークブックの管理基準カタログにありません。</translation>
    </message>
    <message>
        <source>%1 %2: does not exist.</source>
        <translation>%1 %2: 存在しません。</translation>
    </message>
    <message>
        <source>%1 %2: belongs to item %3, not to item %4.</source>
        <translation>%1 %2: 項目 %4 ではなく項目 %3 に属しています。</translation>
    </message>
    <message>
        <source>step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>sample item</source>
        <translation>サンプル項目</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>発見事項</translation>
    </message>
    <message>
        <source>evidence: no file given.</source>
        <translation>証跡: ファイルが指定されていません。</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: ファイルが存在しません。</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file.</source>
        <translation>%1: ファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <source>%1: not a regular file.</source>
        <translation>%1: 通常のファイルではありません。</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2).</source>
        <translation>%1: ファイルを読み取れません（%2）。</translation>
    </message>
    <message>
        <source>%1: reading failed (%2).</source>
        <translation>%1: 読み取りに失敗しました（%2）。</translation>
    </message>
    <message>
        <source>%1: import cancelled; nothing was added.</source>
        <translation>%1: 取り込みを中止しました。何も追加されていません。</translation>
    </message>
    <message>
        <source>evidence %1: added by %2; staff may only unlink evidence they added themselves (a reviewer or the lead can).</source>
        <translation>証跡 %1: %2が追加した証跡です。スタッフが紐付けを解除できるのは自分で追加した証跡のみです（査閲者または業務執行責任者は解除できます）。</translation>
    </message>
    <message>
        <source>evidence %1: not linked to %2.</source>
        <translation>証跡 %1: %2に紐付けられていません。</translation>
    </message>
    <message>
        <source>evidence %1: the name is empty.</source>
        <translation>証跡 %1: 名前が空です。</translation>
    </message>
    <message>
        <source>evidence %1: its content is missing from the vault.</source>
        <translation>証跡 %1: 内容が証跡保管庫にありません。</translation>
    </message>
    <message>
        <source>evidence %1: recorded size %2 differs from the stored %3 bytes.</source>
        <translation>証跡 %1: 記録されたサイズ（%2）が保管されている内容の%3バイトと一致しません。</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2).</source>
        <translation>%1: ファイルを書き込めません（%2）。</translation>
    </message>
    <message>
        <source>evidence %1</source>
        <translation>証跡 %1</translation>
    </message>
    <message>
        <source>%1: writing failed (%2); nothing was written.</source>
        <translation>%1: 書き込みに失敗しました（%2）。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>%1: no such folder.</source>
        <translation>%1: フォルダーが存在しません。</translation>
    </message>
    <message>
        <source>%1: would be written outside %2.</source>
        <translation>%1: 書き込み先が%2の外になります。</translation>
    </message>
    <message>
        <source>%1: a file of that name already exists; it was left as it is.</source>
        <translation>%1: 同じ名前のファイルが既に存在するため、そのままにしました。</translation>
    </message>
    <message>
        <source>evidence %1: no such evidence in this workbook.</source>
        <translation>証跡 %1: このワークブックにそのような証跡はありません。</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Text and logs</source>
        <translation>テキスト・ログ</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation>スプレッドシート</translation>
    </message>
    <message>
        <source>Archives</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>evidence %1: added by %2; staff may only remove evidence they added themselves (a reviewer or the lead can).</source>
        <translation>証跡 %1: %2 が追加したものです。作成者（スタッフ）は自分が追加した証跡しか削除できません（査閲者または業務執行責任者は削除できます）。</translation>
    </message>
    <message>
        <source>evidence %1: still linked to %2; unlink it first.</source>
        <translation>証跡 %1: まだ %2 にリンクされています。先にリンクを解除してください。</translation>
    </message>
    <message>
        <source>evidence %1: it answers request %2 and cannot be removed.</source>
        <translation>証跡 %1: 依頼資料 %2 への回答であるため削除できません。</translation>
    </message>
    <message>
        <source>evidence %1: it is the population list of a sample of %2 and cannot be removed.</source>
        <translation>証跡 %1: %2 のサンプルの母集団リストであるため削除できません。</translation>
    </message>
    <message>
        <source>evidence content %1: not in this workbook.</source>
        <translation>証跡の内容 %1: このワークブックにはありません。</translation>
    </message>
    <message>
        <source>evidence content %1 chunk %2: hash mismatch</source>
        <translation>証跡の内容 %1 のチャンク %2: ハッシュが一致しません</translation>
    </message>
    <message>
        <source>copying the committed evidence into the workbook file</source>
        <translation>確定した証跡のワークブックファイルへの書き込み</translation>
    </message>
    <message>
        <source>evidence %1: its content (SHA-256 %2) is missing</source>
        <translation>証跡 %1: 内容（SHA-256 %2）が存在しません</translation>
    </message>
    <message>
        <source>evidence %1: recorded size %2 differs from the stored %3 bytes</source>
        <translation>証跡 %1: 記録されたサイズ %2 が、保存されている %3 バイトと一致しません</translation>
    </message>
    <message>
        <source>evidence %1: not in the trail (added with an outside tool)</source>
        <translation>証跡 %1: 証跡ログに記録がありません（外部ツールで追加されています）</translation>
    </message>
    <message>
        <source>evidence %1: content differs from what the trail recorded at import</source>
        <translation>証跡 %1: 内容が、取り込み時に証跡ログに記録されたものと異なります</translation>
    </message>
    <message>
        <source>evidence: %1 chunks belong to no stored content</source>
        <translation>証跡: どの保存済みコンテンツにも属さないチャンクが %1 個あります</translation>
    </message>
    <message>
        <source>stored content %1</source>
        <translation>保存済みコンテンツ %1</translation>
    </message>
    <message>
        <source>%1: no evidence record refers to it</source>
        <translation>%1: これを参照する証跡レコードがありません</translation>
    </message>
    <message>
        <source>%1: date obtained %2 is in the future (today is %3 in Japan).</source>
        <translation>%1: 入手日 %2 は未来の日付です（日本時間の本日は %3）。</translation>
    </message>
</context>
<context>
    <name>FieldworkAction</name>
    <message>
        <source>%1 (%2) may not %3: only %4 may.</source>
        <translation>%1（%2）は「%3」を実行できません。実行できるのは%4のみです。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>または</translation>
    </message>
</context>
<context>
    <name>FieldworkText</name>
    <message>
        <source>Design</source>
        <translation>整備状況</translation>
    </message>
    <message>
        <source>Operating</source>
        <translation>運用状況</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>閲覧</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>観察</translation>
    </message>
    <message>
        <source>Reperformance</source>
        <translation>再実施</translation>
    </message>
    <message>
        <source>No exception</source>
        <translation>例外なし</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>逸脱</translation>
    </message>
    <message>
        <source>Could not be performed</source>
        <translation>実施不能</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未着手</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>実施中</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>作成済み</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>査閲済み</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>要対応</translation>
    </message>
    <message>
        <source>Not in this year's cycle</source>
        <translation>今年度のサイクル対象外</translation>
    </message>
    <message>
        <source>Policy or document</source>
        <translation>規程・文書</translation>
    </message>
    <message>
        <source>Recurring activity with records</source>
        <translation>記録を伴う定常的な活動</translation>
    </message>
    <message>
        <source>Technical setting</source>
        <translation>技術的な設定</translation>
    </message>
    <message>
        <source>Physical facility</source>
        <translation>物理的な設備</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>適合</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不適合</translation>
    </message>
    <message>
        <source>Preparer</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>査閲者</translation>
    </message>
    <message>
        <source>Engagement lead</source>
        <translation>業務執行責任者</translation>
    </message>
    <message>
        <source>Engagement quality reviewer</source>
        <translation>審査担当者</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>finding %1: severity "%2" is not on the engagement's scale (%3).</source>
        <translation>発見事項 %1: 重要度「%2」は本業務の重要度区分（%3）にありません。</translation>
    </message>
    <message>
        <source>finding %1: status "%2" is not one of %3.</source>
        <translation>発見事項 %1: ステータス「%2」は %3 のいずれでもありません。</translation>
    </message>
    <message>
        <source>item %1: not in the catalog.</source>
        <translation>項目 %1: 管理基準カタログにありません。</translation>
    </message>
    <message>
        <source>item %1: step %2 does not belong to it.</source>
        <translation>項目 %1: ステップ %2 はこの項目のステップではありません。</translation>
    </message>
    <message>
        <source>finding %1: no such finding.</source>
        <translation>発見事項 %1: 該当する発見事項がありません。</translation>
    </message>
    <message>
        <source>mark finding %1 as %2</source>
        <translation>発見事項 %1 のステータスの %2 への変更</translation>
    </message>
    <message>
        <source>finding %1: it is %2; only a draft finding can be withdrawn (close it instead).</source>
        <translation>発見事項 %1: 状態が %2 です。取り下げられるのは草案だけです（代わりにクローズしてください）。</translation>
    </message>
    <message>
        <source>finding %1: raised by %2; staff may only withdraw findings they raised themselves (a reviewer or the lead can).</source>
        <translation>発見事項 %1: 起票者は %2 です。スタッフが取り下げられるのは自分が起票した発見事項だけです（査閲者または主任は可能です）。</translation>
    </message>
    <message>
        <source>item %1: a finding needs its condition (what was found); only a draft may start with just a title.</source>
        <translation>項目 %1: 発見事項には事実（状況：判明した事項）が必要です。表題だけで起票できるのはドラフトのみです。</translation>
    </message>
    <message>
        <source>finding %1: give its condition (what was found); only a draft may go without one, and then it needs a title.</source>
        <translation>発見事項 %1: 事実（状況：判明した事項）を記載してください。事実なしで置けるのはドラフトのみで、その場合は表題が必要です。</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未評価</translation>
    </message>
</context>
<context>
    <name>FontSet</name>
    <message>
        <source>No Japanese font for the report: none of %1 could be loaded. Install the Debian package fonts-noto-cjk or fonts-ipaexfont.</source>
        <translation>報告書用の日本語フォントがありません。%1 のいずれも読み込めませんでした。Debian パッケージ fonts-noto-cjk または fonts-ipaexfont をインストールしてください。</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>preparer</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>title</source>
        <translation>表題</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>criteria</source>
        <translation>規準</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>effect</source>
        <translation>影響</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>management response</source>
        <translation>経営者の対応</translation>
    </message>
    <message>
        <source>item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>sample item</source>
        <translation>サンプル項目</translation>
    </message>
    <message>
        <source>population number</source>
        <translation>母集団番号</translation>
    </message>
    <message>
        <source>attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>population</source>
        <translation>母集団</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>頻度</translation>
    </message>
    <message>
        <source>sample size</source>
        <translation>サンプル数</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>reason voided</source>
        <translation>無効化の理由</translation>
    </message>
    <message>
        <source>content hash</source>
        <translation>内容のハッシュ</translation>
    </message>
    <message>
        <source>role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>member</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>obtained from</source>
        <translation>入手先</translation>
    </message>
    <message>
        <source>obtained on</source>
        <translation>入手日</translation>
    </message>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>廃止</translation>
    </message>
    <message>
        <source>revived</source>
        <translation>復活</translation>
    </message>
    <message>
        <source>finalised at</source>
        <translation>確定日時</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>algorithm</source>
        <translation>アルゴリズム</translation>
    </message>
    <message>
        <source>drawn population numbers</source>
        <translation>抽出した母集団番号</translation>
    </message>
    <message>
        <source>applicability</source>
        <translation>適用可否</translation>
    </message>
    <message>
        <source>description (English)</source>
        <translation>説明（英語）</translation>
    </message>
    <message>
        <source>population as stated</source>
        <translation>記載された母集団</translation>
    </message>
    <message>
        <source>population rationale</source>
        <translation>母集団の根拠</translation>
    </message>
    <message>
        <source>done</source>
        <translation>実施済み</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未解消</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>合意済み</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>解消済み</translation>
    </message>
    <message>
        <source>in scope</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>out of scope</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>査閲者</translation>
    </message>
    <message>
        <source>updated the notes of step %1</source>
        <translation>ステップ %1 のメモを更新しました</translation>
    </message>
    <message>
        <source>recorded step %1 as %2</source>
        <translation>ステップ %1 を「%2」と記録しました</translation>
    </message>
    <message>
        <source>cleared the result of step %1</source>
        <translation>ステップ %1 の結果を取り消しました</translation>
    </message>
    <message>
        <source>refreshed the procedure steps</source>
        <translation>手続ステップを更新しました</translation>
    </message>
    <message>
        <source>drew sample %1 (%2 of a population of %3)</source>
        <translation>サンプル %1 を抽出しました（母集団 %3 件から %2 件）</translation>
    </message>
    <message>
        <source>discarded sample %1</source>
        <translation>サンプル %1 を破棄しました</translation>
    </message>
    <message>
        <source>changed sample %1 item %2</source>
        <translation>サンプル %1 の項目 %2 を変更しました</translation>
    </message>
    <message>
        <source>recorded sample %1 item %2 as %3</source>
        <translation>サンプル %1 の項目 %2 を「%3」と記録しました</translation>
    </message>
    <message>
        <source>raised finding %1</source>
        <translation>発見事項 %1 を起票しました</translation>
    </message>
    <message>
        <source>edited finding %1</source>
        <translation>発見事項 %1 を編集しました</translation>
    </message>
    <message>
        <source>withdrew finding %1</source>
        <translation>発見事項 %1 を取り下げました</translation>
    </message>
    <message>
        <source>raised review note %1</source>
        <translation>査閲コメント %1 を起票しました</translation>
    </message>
    <message>
        <source>resolved review note %1</source>
        <translation>査閲コメント %1 を解消しました</translation>
    </message>
    <message>
        <source>signed off as reviewer</source>
        <translation>査閲者としてサインオフしました</translation>
    </message>
    <message>
        <source>signed off as preparer</source>
        <translation>作成者としてサインオフしました</translation>
    </message>
    <message>
        <source>voided the %1 sign-off of %2: %3</source>
        <translation>%2 の%1サインオフを無効化しました: %3</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>ステップ %1</translation>
    </message>
    <message>
        <source>finding %1</source>
        <translation>発見事項 %1</translation>
    </message>
    <message>
        <source>a sample item</source>
        <translation>サンプル項目</translation>
    </message>
    <message>
        <source>linked evidence %1 to the item</source>
        <translation>証跡 %1 を項目に紐付けました</translation>
    </message>
    <message>
        <source>linked evidence %1 to %2</source>
        <translation>証跡 %1 を%2に紐付けました</translation>
    </message>
    <message>
        <source>unlinked evidence %1 from the item</source>
        <translation>証跡 %1 と項目の紐付けを解除しました</translation>
    </message>
    <message>
        <source>unlinked evidence %1 from %2</source>
        <translation>証跡 %1 と%2の紐付けを解除しました</translation>
    </message>
    <message>
        <source>put the item in this year's cycle</source>
        <translation>項目を今年度のサイクルに含めました</translation>
    </message>
    <message>
        <source>took the item out of this year's cycle</source>
        <translation>項目を今年度のサイクルから外しました</translation>
    </message>
    <message>
        <source>set the kind of control</source>
        <translation>統制の種類を設定しました</translation>
    </message>
    <message>
        <source>unassigned the item</source>
        <translation>項目の割り当てを解除しました</translation>
    </message>
    <message>
        <source>assigned the item to %1</source>
        <translation>項目を %1 に割り当てました</translation>
    </message>
    <message>
        <source>requested %1</source>
        <translation>依頼資料 %1 を依頼しました</translation>
    </message>
    <message>
        <source>updated request %1</source>
        <translation>依頼資料 %1 を更新しました</translation>
    </message>
    <message>
        <source>imported the statement</source>
        <translation>言明書を取り込みました</translation>
    </message>
    <message>
        <source>upgraded the workbook (%1 → %2)</source>
        <translation>ワークブックを更新しました（%1 → %2）</translation>
    </message>
    <message>
        <source>the application</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1（削除）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>日時: %1</translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation>実施者: %1</translation>
    </message>
    <message>
        <source>What: %1</source>
        <translation>内容: %1</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>%1 before: %2</source>
        <translation>%1（変更前）: %2</translation>
    </message>
    <message>
        <source>%1 after: %2</source>
        <translation>%1（変更後）: %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空欄）</translation>
    </message>
    <message>
        <source>Recorded as: %1 on %2 (trail row %3)</source>
        <translation>記録: %1（対象 %2、監査証跡 %3 行目）</translation>
    </message>
    <message>
        <source>annual</source>
        <translation>年次</translation>
    </message>
    <message>
        <source>semi-annual</source>
        <translation>半期</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>四半期</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>月次</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>週次</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>日次</translation>
    </message>
    <message>
        <source>several times a day</source>
        <translation>1日複数回</translation>
    </message>
    <message>
        <source>event-driven</source>
        <translation>随時</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n ステップ</numerusform>
        </translation>
    </message>
    <message>
        <source>created the engagement</source>
        <translation>業務を作成しました</translation>
    </message>
    <message>
        <source>changed the scope of the engagement</source>
        <translation>業務の範囲を変更しました</translation>
    </message>
    <message>
        <source>recorded the last changes of an action</source>
        <translation>操作の残りの変更を記録しました</translation>
    </message>
    <message>
        <source>set the applicability of the item</source>
        <translation>項目の適用可否を設定しました</translation>
    </message>
    <message>
        <source>edited the statement's details</source>
        <translation>言明書の記載事項を編集しました</translation>
    </message>
    <message>
        <source>installed the control criteria catalog</source>
        <translation>管理基準のカタログを導入しました</translation>
    </message>
    <message>
        <source>imported the cycle list (%1 in this year's cycle, %2 out of it)</source>
        <translation>サイクル一覧を取り込みました（今年度のサイクルに %1 件、対象外 %2 件）</translation>
    </message>
    <message>
        <source>set the kind of audit</source>
        <translation>監査の種類を設定しました</translation>
    </message>
    <message>
        <source>set the audit scheme</source>
        <translation>監査の枠組みを設定しました</translation>
    </message>
    <message numerus="yes">
        <source>set the retention period to %n year(s)</source>
        <translation>
            <numerusform>保存期間を %n 年に設定しました</numerusform>
        </translation>
    </message>
    <message>
        <source>changed the sampling table</source>
        <translation>サンプリング表を変更しました</translation>
    </message>
    <message>
        <source>finalised the engagement</source>
        <translation>業務を確定しました</translation>
    </message>
    <message>
        <source>reopened the engagement: %1</source>
        <translation>業務を再開しました: %1</translation>
    </message>
    <message>
        <source>issued the final report</source>
        <translation>最終報告書を発行しました</translation>
    </message>
    <message>
        <source>issued a report</source>
        <translation>報告書を発行しました</translation>
    </message>
    <message>
        <source>added evidence %1</source>
        <translation>証跡 %1 を追加しました</translation>
    </message>
    <message>
        <source>edited the details of evidence %1</source>
        <translation>証跡 %1 の記載事項を編集しました</translation>
    </message>
    <message>
        <source>removed evidence %1</source>
        <translation>証跡 %1 を削除しました</translation>
    </message>
    <message>
        <source>added %1 to the team as %2</source>
        <translation>%1 を%2としてチームに追加しました</translation>
    </message>
    <message>
        <source>added %1 to the team</source>
        <translation>%1 をチームに追加しました</translation>
    </message>
    <message>
        <source>changed the role of %1 from %2 to %3</source>
        <translation>%1 の役割を%2から%3に変更しました</translation>
    </message>
    <message>
        <source>changed a team member's role</source>
        <translation>チームメンバーの役割を変更しました</translation>
    </message>
    <message>
        <source>registered the member key of %1</source>
        <translation>%1 のメンバー鍵を登録しました</translation>
    </message>
    <message>
        <source>rotated the member key of %1</source>
        <translation>%1 のメンバー鍵を更新しました</translation>
    </message>
    <message>
        <source>revoked the member key of %1</source>
        <translation>%1 のメンバー鍵を失効させました</translation>
    </message>
    <message>
        <source>made this file the origin of team sync</source>
        <translation>このファイルをチーム同期のオリジンにしました</translation>
    </message>
    <message>
        <source>made replica %1 for %2</source>
        <translation>%2 用のレプリカ %1 を作成しました</translation>
    </message>
    <message>
        <source>moved replica %1 to a new place</source>
        <translation>レプリカ %1 を新しい場所に移しました</translation>
    </message>
    <message>
        <source>imported the changes of replica %1</source>
        <translation>レプリカ %1 の変更を取り込みました</translation>
    </message>
    <message>
        <source>resolved a team-sync conflict</source>
        <translation>チーム同期の競合を解決しました</translation>
    </message>
    <message>
        <source>signed off the engagement as engagement lead</source>
        <translation>業務執行責任者として業務にサインオフしました</translation>
    </message>
    <message>
        <source>signed off the engagement as quality reviewer</source>
        <translation>審査担当者として業務にサインオフしました</translation>
    </message>
</context>
<context>
    <name>IssuanceCheck</name>
    <message numerus="yes">
        <source>%n gap(s) block the final report: %1.</source>
        <translation>
            <numerusform>%n 件の未了事項が最終報告書の発行を妨げている: %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssuanceGap</name>
    <message>
        <source>Items whose applicability is not decided</source>
        <translation>適用可否が未決定の項目</translation>
    </message>
    <message>
        <source>Procedure steps without a result</source>
        <translation>結果が記録されていない手続</translation>
    </message>
    <message>
        <source>Items without a valid preparer sign-off</source>
        <translation>有効な作成者サインオフのない項目</translation>
    </message>
    <message>
        <source>Items without a valid reviewer sign-off</source>
        <translation>有効な査閲者サインオフのない項目</translation>
    </message>
    <message>
        <source>Findings still in draft</source>
        <translation>下書きのままの指摘事項</translation>
    </message>
    <message>
        <source>Open review notes</source>
        <translation>未解決の査閲コメント</translation>
    </message>
    <message>
        <source>Findings without a management response</source>
        <translation>経営者の対応が記載されていない指摘事項</translation>
    </message>
    <message>
        <source>Engagement sign-offs missing</source>
        <translation>業務全体のサインオフの不足</translation>
    </message>
    <message>
        <source>Engagement not finalised</source>
        <translation>業務が確定されていない</translation>
    </message>
    <message>
        <source>Final report already issued</source>
        <translation>最終報告書は発行済み</translation>
    </message>
    <message>
        <source>the statement does not say whether the item is in scope</source>
        <translation>言明書で対象・対象外が決定されていない</translation>
    </message>
    <message>
        <source>step %1 has no result</source>
        <translation>手続 %1 の結果が記録されていない</translation>
    </message>
    <message>
        <source>no valid preparer sign-off</source>
        <translation>有効な作成者サインオフがない</translation>
    </message>
    <message>
        <source>no valid reviewer sign-off</source>
        <translation>有効な査閲者サインオフがない</translation>
    </message>
    <message>
        <source>finding %1 is still a draft</source>
        <translation>指摘事項 %1 が下書きのままである</translation>
    </message>
    <message>
        <source>review note #%1 is open: %2</source>
        <translation>査閲コメント #%1 が未解決: %2</translation>
    </message>
    <message>
        <source>finding %1 has no management response</source>
        <translation>指摘事項 %1 に経営者の対応が記載されていない</translation>
    </message>
    <message>
        <source>the quality reviewer's sign-off on the engagement is missing</source>
        <translation>審査担当者による業務全体のサインオフがない</translation>
    </message>
    <message>
        <source>the engagement lead's sign-off on the engagement is missing</source>
        <translation>業務執行責任者による業務全体のサインオフがない</translation>
    </message>
    <message>
        <source>the engagement lead has not finalised the engagement</source>
        <translation>業務執行責任者が業務を確定していない</translation>
    </message>
    <message>
        <source>the final report was issued at %1 (SHA-256 %2); reopen the engagement with a reason to reissue it</source>
        <translation>最終報告書は %1 に発行済み(SHA-256 %2)。再発行するには理由を付して業務を再開すること</translation>
    </message>
</context>
<context>
    <name>IssuedReports</name>
    <message>
        <source>set the retention period</source>
        <translation>保存期間を設定する</translation>
    </message>
    <message>
        <source>%1: the retention period must be 1 to %2 years, not %3.</source>
        <translation>%1: 保存期間は 1〜%2 年で指定すること(%3 は不可)。</translation>
    </message>
    <message>
        <source>%1: the workbook is open read-only; a final report is recorded in it.</source>
        <translation>%1: ワークブックが読み取り専用で開かれている。最終報告書はワークブックに記録される。</translation>
    </message>
    <message>
        <source>%1 (%2) may not issue the final report: only the engagement lead may.</source>
        <translation>%1(%2)は最終報告書を発行できない: 発行できるのは業務執行責任者のみである。</translation>
    </message>
    <message>
        <source>%1: the engagement is not finalised; a final report is issued only from a finalised engagement.</source>
        <translation>%1: 業務が確定されていない。最終報告書は確定済みの業務からのみ発行される。</translation>
    </message>
    <message>
        <source>%1: the final report was already issued at %2 (SHA-256 %3); reopen the engagement with a reason to reissue it.</source>
        <translation>%1: 最終報告書は %2 に発行済みである(SHA-256 %3)。再発行するには理由を付して業務を再開すること。</translation>
    </message>
    <message>
        <source>%1: the workbook's format is too old to record a report; open it read-write once to upgrade it.</source>
        <translation>%1: ワークブックの形式が古く報告書を記録できない。一度読み書き可能で開いて更新すること。</translation>
    </message>
    <message>
        <source>%1: the workbook changed while the report was composed; the report is not issued.</source>
        <translation>%1: 報告書の作成中にワークブックが変更された。報告書は発行されていない。</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>ドラフト</translation>
    </message>
    <message>
        <source>final report</source>
        <translation>最終報告書</translation>
    </message>
    <message>
        <source>final report (reissue)</source>
        <translation>最終報告書（再発行）</translation>
    </message>
</context>
<context>
    <name>ItemStatusBook</name>
    <message>
        <source>item %1: not in the catalog.</source>
        <translation>項目 %1: 管理基準カタログにありません。</translation>
    </message>
    <message>
        <source>%1 is not on the engagement team.</source>
        <translation>%1 は業務チームのメンバーではありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n review note(s) still open.</source>
        <translation>
            <numerusform>未解決の査閲コメントが %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>A sign-off was voided by a later change and not renewed.</source>
        <translation>後の変更でサインオフが無効になり、まだ再サインオフされていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n deviation(s) without a finding.</source>
        <translation>
            <numerusform>発見事項のない逸脱が %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>no team member is working: choose who you are first.</source>
        <translation>作業中のチームメンバーが選択されていません。先にご自身を選択してください。</translation>
    </message>
</context>
<context>
    <name>ItemWorkspace</name>
    <message>
        <source>Annual</source>
        <translation>年次</translation>
    </message>
    <message>
        <source>Semi-annual</source>
        <translation>半期</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>四半期</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月次</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>週次</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>日次</translation>
    </message>
    <message>
        <source>Several times a day</source>
        <translation>1日複数回</translation>
    </message>
    <message>
        <source>Event-driven</source>
        <translation>随時</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>記載なし</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain could not %1 (%2).</source>
        <translation>キーチェーンで%1ことができませんでした（%2）。</translation>
    </message>
    <message>
        <source>read the passphrase</source>
        <translation>パスフレーズを読み取る</translation>
    </message>
    <message>
        <source>store the passphrase</source>
        <translation>パスフレーズを保存する</translation>
    </message>
    <message>
        <source>forget the passphrase</source>
        <translation>パスフレーズを削除する</translation>
    </message>
    <message>
        <source>%1: no passphrase is remembered in the keychain for this file.</source>
        <translation>%1: このファイルのパスフレーズはキーチェーンに保存されていません。</translation>
    </message>
</context>
<context>
    <name>MemberKey</name>
    <message>
        <source>could not make a key pair: %1</source>
        <translation>鍵ペアを作成できませんでした: %1</translation>
    </message>
    <message>
        <source>%1: not an encrypted private key (PKCS#8); a key is never kept in clear.</source>
        <translation>%1: 暗号化された秘密鍵（PKCS#8）ではありません。鍵を平文で保管することはありません。</translation>
    </message>
    <message>
        <source>%1: the passphrase is wrong or the key file is damaged.</source>
        <translation>%1: パスフレーズが誤っているか、鍵ファイルが破損しています。</translation>
    </message>
    <message>
        <source>%1: not an Ed25519 key.</source>
        <translation>%1: Ed25519 の鍵ではありません。</translation>
    </message>
    <message>
        <source>%1: not a PEM public key (-----BEGIN PUBLIC KEY-----).</source>
        <translation>%1: PEM 形式の公開鍵（-----BEGIN PUBLIC KEY-----）ではありません。</translation>
    </message>
    <message>
        <source>%1: not an Ed25519 public key; member keys are Ed25519.</source>
        <translation>%1: Ed25519 の公開鍵ではありません。メンバーの鍵は Ed25519 です。</translation>
    </message>
    <message>
        <source>the passphrase is empty; a member key is always encrypted.</source>
        <translation>パスフレーズが空です。メンバーの鍵は必ず暗号化します。</translation>
    </message>
    <message>
        <source>could not encrypt the key: %1</source>
        <translation>鍵を暗号化できませんでした: %1</translation>
    </message>
    <message>
        <source>could not write the public key: %1</source>
        <translation>公開鍵を書き出せませんでした: %1</translation>
    </message>
    <message>
        <source>could not sign: %1</source>
        <translation>署名できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>MemberKeyFiles</name>
    <message>
        <source>give the member's name.</source>
        <translation>メンバーの氏名を指定してください。</translation>
    </message>
    <message>
        <source>%1: cannot make the key folder.</source>
        <translation>%1: 鍵フォルダを作成できません。</translation>
    </message>
    <message>
        <source>%1: %2 already has a key on this machine; rotate it instead (member key rotate).</source>
        <translation>%1: %2 の鍵はこの端末に既にあります。鍵を更新してください（member key rotate）。</translation>
    </message>
    <message>
        <source>%1: cannot keep the old key aside.</source>
        <translation>%1: 旧い鍵を退避できません。</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <source>%1 has no key on this machine (%2); make one with: ismapctl member key create --as %1, and have the engagement lead register its public key.</source>
        <translation>%1 はこのマシンに鍵を持っていません（%2）。ismapctl member key create --as %1 で作成し、業務執行責任者に公開鍵を登録してもらってください。</translation>
    </message>
</context>
<context>
    <name>MemberKeys</name>
    <message>
        <source>%1 (%2) may not register member keys: only the engagement lead may.</source>
        <translation>%1（%2）はメンバーの鍵を登録できません。登録できるのは業務執行責任者のみです。</translation>
    </message>
    <message>
        <source>%1 is not on the engagement team.</source>
        <translation>%1 は監査チームのメンバーではありません。</translation>
    </message>
    <message>
        <source>%1 already has a registered key (%2); the member rotates it (member key rotate), or it is revoked first (member key revoke).</source>
        <translation>%1 には既に登録済みの鍵があります（%2）。本人が更新する（member key rotate）か、先に失効させてください（member key revoke）。</translation>
    </message>
    <message>
        <source>%1: this key was registered before for %2 (%3); a key is registered once.</source>
        <translation>%1: この鍵は %2 の鍵として既に登録されています（%3）。鍵の登録は一度限りです。</translation>
    </message>
    <message>
        <source>%1 has no registered key to rotate; the engagement lead registers the first one (member key register).</source>
        <translation>%1 には更新できる登録済みの鍵がありません。最初の鍵は業務執行責任者が登録します（member key register）。</translation>
    </message>
    <message>
        <source>the new key was registered before; make a new one.</source>
        <translation>新しい鍵は既に登録されています。別の鍵を作成してください。</translation>
    </message>
    <message>
        <source>%1 may not revoke %2's key: only the member or the engagement lead may.</source>
        <translation>%1 は %2 の鍵を失効させられません。失効できるのは本人または業務執行責任者のみです。</translation>
    </message>
    <message>
        <source>give the reason for revoking the key (--reason).</source>
        <translation>鍵を失効させる理由を指定してください（--reason）。</translation>
    </message>
    <message>
        <source>%1 has no active registered key.</source>
        <translation>%1 には有効な登録済みの鍵がありません。</translation>
    </message>
    <message>
        <source>%1 has no member key registered in this workbook, so cannot sign: make a key on your own machine (ismapctl member key create --as %1, or "Create my key…" in the member dialog) and have the engagement lead register its public key (ismapctl member key register WB --member %1 --public-key FILE --as LEAD).</source>
        <translation>%1 はこのワークブックにメンバー鍵が登録されていないため署名できません。自分のマシンで鍵を作成し（ismapctl member key create --as %1、またはメンバーダイアログの「自分の鍵を作成…」）、業務執行責任者に公開鍵を登録してもらってください（ismapctl member key register WB --member %1 --public-key FILE --as LEAD）。</translation>
    </message>
    <message>
        <source>%1's member key is not unlocked: give its passphrase (--passphrase-stdin, or the keychain after ismapctl member key create) to sign.</source>
        <translation>%1 のメンバー鍵のロックが解除されていません。署名するにはパスフレーズを渡してください（--passphrase-stdin、または ismapctl member key create 後のキーチェーン）。</translation>
    </message>
    <message>
        <source>%1's key %2 was revoked at %3 (%4); it signs nothing after that. Make a new key and have the engagement lead register it.</source>
        <translation>%1 の鍵 %2 は %3 に失効しました（%4）。それ以降は何にも署名できません。新しい鍵を作成し、業務執行責任者に登録してもらってください。</translation>
    </message>
    <message>
        <source>%1's key %2 is not registered in this workbook: the engagement lead registers it (ismapctl member key register WB --member %1 --public-key FILE --as LEAD).</source>
        <translation>%1 の鍵 %2 はこのワークブックに登録されていません。業務執行責任者が登録します（ismapctl member key register WB --member %1 --public-key FILE --as LEAD）。</translation>
    </message>
    <message>
        <source>%1's key on this machine (%2) is not the key registered in this workbook (%3).</source>
        <translation>この端末にある %1 の鍵（%2）は、このワークブックに登録された鍵（%3）ではありません。</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>署名がありません</translation>
    </message>
    <message>
        <source>signed with key %1, which is not registered in the workbook</source>
        <translation>ワークブックに登録されていない鍵 %1 で署名されています</translation>
    </message>
    <message>
        <source>signed with %1's key, not %2's</source>
        <translation>%2 ではなく %1 の鍵で署名されています</translation>
    </message>
    <message>
        <source>signed at %1 with a key revoked at %2</source>
        <translation>%1 に署名されていますが、鍵は %2 に失効しています</translation>
    </message>
    <message>
        <source>signed at %1, outside the key's validity (%2 – %3)</source>
        <translation>%1 に署名されていますが、鍵の有効期間（%2 – %3）外です</translation>
    </message>
    <message>
        <source>the registered key %1 cannot be read</source>
        <translation>登録済みの鍵 %1 を読み取れません</translation>
    </message>
    <message>
        <source>the signature does not match what is recorded (forged, altered or copied)</source>
        <translation>署名が記録内容と一致しません（偽造・改ざん・複製）</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>失効</translation>
    </message>
    <message>
        <source>rotated</source>
        <translation>更新済み</translation>
    </message>
    <message>
        <source>replaced by a new key</source>
        <translation>新しい鍵に更新</translation>
    </message>
</context>
<context>
    <name>PadesSigner</name>
    <message>
        <source>%1: the PDF is encrypted; sign the unencrypted report.</source>
        <translation>%1: PDFが暗号化されています。暗号化されていない報告書に署名してください。</translation>
    </message>
    <message>
        <source>%1: the PDF has no pages.</source>
        <translation>%1: PDFにページがありません。</translation>
    </message>
    <message>
        <source>%1: the PDF cannot be prepared for signing (%2).</source>
        <translation>%1: PDFを署名用に準備できません（%2）。</translation>
    </message>
    <message>
        <source>the PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>%1: not a PDF file.</source>
        <translation>%1: PDFファイルではありません。</translation>
    </message>
    <message>
        <source>%1: the signature placeholder was not written.</source>
        <translation>%1: 署名のプレースホルダーが書き込まれませんでした。</translation>
    </message>
    <message>
        <source>%1: the PDF is too large to sign.</source>
        <translation>%1: PDFが大きすぎるため署名できません。</translation>
    </message>
    <message>
        <source>%1: the CMS signature could not be made (%2).</source>
        <translation>%1: CMS署名を作成できませんでした（%2）。</translation>
    </message>
    <message>
        <source>%1: the signature does not fit the space reserved for it.</source>
        <translation>%1: 署名が確保された領域に収まりません。</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2).</source>
        <translation>%1: ファイルを読み取れません（%2）。</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ファイルが存在しません</translation>
    </message>
    <message>
        <source>%1: the file is too large.</source>
        <translation>%1: ファイルが大きすぎます。</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2).</source>
        <translation>%1: ファイルを書き込めません（%2）。</translation>
    </message>
</context>
<context>
    <name>PdfAttachments</name>
    <message>
        <source>the PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>%1: cannot embed %2 (%3).</source>
        <translation>%1: %2を埋め込めません（%3）。</translation>
    </message>
</context>
<context>
    <name>PendingEdits</name>
    <message>
        <source>Unsaved text</source>
        <translation>未保存の入力</translation>
    </message>
    <message>
        <source>This text was typed but not saved:

%1

Discard it and go on? Choose No to stay and finish it.</source>
        <translation>次の入力はまだ保存されていません:

%1

破棄して続けますか?「いいえ」を選ぶと、この画面に留まって入力を続けられます。</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1:「%2」</translation>
    </message>
</context>
<context>
    <name>Pkcs12</name>
    <message>
        <source>%1: cannot read the PKCS#12 file (%2).</source>
        <translation>%1: PKCS#12ファイルを読み込めません（%2）。</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ファイルが存在しません</translation>
    </message>
    <message>
        <source>%1: too large for a PKCS#12 file.</source>
        <translation>%1: PKCS#12ファイルとしてはサイズが大きすぎます。</translation>
    </message>
    <message>
        <source>%1: not a PKCS#12 file.</source>
        <translation>%1: PKCS#12ファイルではありません。</translation>
    </message>
    <message>
        <source>%1: the PKCS#12 file needs a passphrase.</source>
        <translation>%1: PKCS#12ファイルにはパスフレーズが必要です。</translation>
    </message>
    <message>
        <source>%1: wrong passphrase for the PKCS#12 file.</source>
        <translation>%1: PKCS#12ファイルのパスフレーズが正しくありません。</translation>
    </message>
    <message>
        <source>%1: the PKCS#12 file cannot be decoded (%2).</source>
        <translation>%1: PKCS#12ファイルをデコードできません（%2）。</translation>
    </message>
    <message>
        <source>%1: the PKCS#12 file holds no private key, so it cannot sign.</source>
        <translation>%1: PKCS#12ファイルに秘密鍵が含まれていないため、署名できません。</translation>
    </message>
    <message>
        <source>%1: the private key does not match the certificate in the PKCS#12 file.</source>
        <translation>%1: 秘密鍵がPKCS#12ファイル内の証明書と一致しません。</translation>
    </message>
    <message>
        <source>%1: the PKCS#12 file holds no certificate.</source>
        <translation>%1: PKCS#12ファイルに証明書が含まれていません。</translation>
    </message>
    <message>
        <source>%1: the certificate of %2 is not valid before %3.</source>
        <translation>%1: %2の証明書はまだ有効ではありません（有効期間の開始: %3）。</translation>
    </message>
    <message>
        <source>%1: the certificate of %2 expired on %3.</source>
        <translation>%1: %2の証明書は%3に有効期限が切れています。</translation>
    </message>
    <message>
        <source>%1: the certificate of %2 is not meant for signatures (key usage).</source>
        <translation>%1: %2の証明書は署名用ではありません（鍵用途）。</translation>
    </message>
    <message>
        <source>%1: no passphrase given.</source>
        <translation>%1: パスフレーズが指定されていません。</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <source>item %1: not in the catalog.</source>
        <translation>項目%1: 管理基準カタログにありません。</translation>
    </message>
    <message>
        <source>item %1: a domain or category heading, not a control; plan its controls instead.</source>
        <translation>項目%1: 領域またはカテゴリの見出しであり、管理策ではありません。配下の管理策を計画してください。</translation>
    </message>
    <message>
        <source>%1 (%2) may not change the team: only the engagement lead may.</source>
        <translation>%1（%2）はチームを変更できません。変更できるのは業務執行責任者のみです。</translation>
    </message>
    <message>
        <source>plan this year's cycle</source>
        <translation>今年度のサイクルの計画</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2).</source>
        <translation>%1: ファイルを読み込めません（%2）。</translation>
    </message>
    <message>
        <source>%1: too large for a list of item IDs.</source>
        <translation>%1: 項目IDの一覧としてはサイズが大きすぎます。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1行目: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unknown item ID(s), nothing was changed: %2</source>
        <translation>
            <numerusform>%1: 不明な項目IDが%n件あるため、何も変更していません: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the list names no item; nothing was changed.</source>
        <translation>%1: 一覧に項目が1件も記載されていないため、何も変更していません。</translation>
    </message>
    <message>
        <source>change an item's kind of control</source>
        <translation>項目の統制の種類の変更</translation>
    </message>
    <message>
        <source>item %1: "%2" is not a kind of control (%3).</source>
        <translation>項目%1: 「%2」は統制の種類ではありません（%3）。</translation>
    </message>
    <message>
        <source>assign items</source>
        <translation>項目の割り当て</translation>
    </message>
    <message>
        <source>%1 is not on the engagement team.</source>
        <translation>%1 は業務チームのメンバーではありません。</translation>
    </message>
    <message>
        <source>change the kind of audit</source>
        <translation>監査の種類の変更</translation>
    </message>
    <message>
        <source>audit kind "%1": neither initial nor renewal.</source>
        <translation>監査の種類「%1」: initial でも renewal でもありません。</translation>
    </message>
    <message>
        <source>change the scheme</source>
        <translation>制度区分の変更</translation>
    </message>
    <message>
        <source>scheme "%1": neither ismap nor ismap-liu.</source>
        <translation>制度区分「%1」: ismap でも ismap-liu でもありません。</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 はすでに%2です。</translation>
    </message>
    <message>
        <source>%1 is the engagement lead, and the engagement has exactly one: hand the lead over by giving another member the role lead.</source>
        <translation>%1 は業務執行責任者です。業務執行責任者は常に1名のため、役割だけを変えることはできません。別のメンバーに業務執行責任者の役割を与えて引き継いでください。</translation>
    </message>
    <message>
        <source>%1 cannot become the engagement quality reviewer: they have signed off or been assigned fieldwork, and the quality reviewer stands outside the fieldwork team.</source>
        <translation>%1 は審査担当者になれません。手続の担当またはサインオフの実績があり、審査担当者は業務チームの外に立つ必要があります。</translation>
    </message>
    <message>
        <source>%1 signed the engagement off as its quality reviewer and so cannot join the fieldwork team as %2.</source>
        <translation>%1 は審査担当者として業務にサインオフしているため、%2として業務チームに加わることはできません。</translation>
    </message>
    <message>
        <source>role "%1": not one of %2.</source>
        <translation>役割「%1」: %2 のいずれでもありません。</translation>
    </message>
</context>
<context>
    <name>PopulationFile</name>
    <message>
        <source>%1: cannot read the file (%2).</source>
        <translation>%1: ファイルを読み込めません（%2）。</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: ファイルが空です。</translation>
    </message>
    <message>
        <source>%1: the file is too large (%2 bytes; at most %3).</source>
        <translation>%1: ファイルが大きすぎます（%2 バイト。上限 %3）。</translation>
    </message>
    <message>
        <source>%1: no records below the header row.</source>
        <translation>%1: 見出し行の下に記録がありません。</translation>
    </message>
    <message>
        <source>%1: the header row is too long.</source>
        <translation>%1: 見出し行が長すぎます。</translation>
    </message>
    <message>
        <source>%1: too many records (more than %2).</source>
        <translation>%1: 記録が多すぎます（%2 件超）。</translation>
    </message>
    <message>
        <source>%1, record %2: the record is too long (%3 bytes; at most %4).</source>
        <translation>%1、%2 件目: 記録が長すぎます（%3 バイト。上限 %4）。</translation>
    </message>
    <message>
        <source>%1: the file is binary, not CSV text.</source>
        <translation>%1: CSV テキストではなくバイナリファイルです。</translation>
    </message>
    <message>
        <source>%1: this build cannot decode CP932 (Shift_JIS).</source>
        <translation>%1: このビルドは CP932（Shift_JIS）を読み込めません。</translation>
    </message>
    <message>
        <source>%1: the file is neither UTF-8 nor CP932 (Shift_JIS) text.</source>
        <translation>%1: UTF-8 でも CP932（Shift_JIS）でもないテキストです。</translation>
    </message>
</context>
<context>
    <name>PopulationList</name>
    <message>
        <source>%1: the file changed while it was read; draw again.</source>
        <translation>%1: 読み込み中にファイルが変更されました。もう一度抽出してください。</translation>
    </message>
</context>
<context>
    <name>ProcedureTemplates</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the field "%2" is missing or empty.</source>
        <translation>%1: フィールド「%2」がないか、空です。</translation>
    </message>
    <message>
        <source>%1: the built-in procedure templates are missing.</source>
        <translation>%1: 組み込みの手続テンプレートがありません。</translation>
    </message>
    <message>
        <source>not a JSON object (%1 at offset %2).</source>
        <translation>JSONオブジェクトではありません（オフセット%2: %1）。</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>最上位</translation>
    </message>
    <message>
        <source>kind_rule.by_prefix.%1: "%2" is not a kind of control (%3).</source>
        <translation>kind_rule.by_prefix.%1: 「%2」は統制の種類ではありません（%3）。</translation>
    </message>
    <message>
        <source>kind_rule.default: not a kind of control.</source>
        <translation>kind_rule.default: 統制の種類ではありません。</translation>
    </message>
    <message>
        <source>"sets" is missing or empty.</source>
        <translation>「sets」がないか、空です。</translation>
    </message>
    <message>
        <source>sets[%1]</source>
        <translation>sets[%1]</translation>
    </message>
    <message>
        <source>%1.kind: not one of %2.</source>
        <translation>%1.kind: %2のいずれでもありません。</translation>
    </message>
    <message>
        <source>%1.phase: neither design nor operating.</source>
        <translation>%1.phase: design（整備状況）でもoperating（運用状況）でもありません。</translation>
    </message>
    <message>
        <source>%1.steps[%2]</source>
        <translation>%1.steps[%2]</translation>
    </message>
    <message>
        <source>%1.id: "%2" is used twice; step ids must be unique.</source>
        <translation>%1.id: 「%2」が重複しています。ステップのIDは一意である必要があります。</translation>
    </message>
    <message>
        <source>%1.type: not inspection, inquiry, observation or reperformance.</source>
        <translation>%1.type: inspection（閲覧）、inquiry（質問）、observation（観察）、reperformance（再実施）のいずれでもありません。</translation>
    </message>
</context>
<context>
    <name>Procedures</name>
    <message>
        <source>item %1: there is no active step %2 (see `ismapctl steps list`).</source>
        <translation>項目 %1: 有効なステップ %2 がありません（`ismapctl steps list` で確認してください）。</translation>
    </message>
    <message>
        <source>step %1: no such procedure step.</source>
        <translation>ステップ %1: 該当する手続ステップがありません。</translation>
    </message>
    <message>
        <source>item %1, step %2: the step is retired (the item left the scope or this year's cycle); its recorded work is kept but it cannot be changed.</source>
        <translation>項目 %1、ステップ %2: このステップは廃止されています（項目が対象外、または当年度のサイクルの対象外となったため）。記録済みの作業内容は保持されますが、変更はできません。</translation>
    </message>
    <message>
        <source>item %1, step %2: the step is retired.</source>
        <translation>項目 %1、ステップ %2: このステップは廃止されています。</translation>
    </message>
    <message>
        <source>item %1: not in the catalog.</source>
        <translation>項目 %1: 管理基準カタログにありません。</translation>
    </message>
    <message>
        <source>%1 is the engagement quality reviewer, outside the fieldwork team, and so records no step results.</source>
        <translation>%1 は審査担当者であり、往査チームに属さないため、手続の結果を記録しません。</translation>
    </message>
</context>
<context>
    <name>RaiseFindingCommand</name>
    <message>
        <source>raise a finding on %1</source>
        <translation>%1 に発見事項を起票</translation>
    </message>
    <message>
        <source>raise finding %1 on %2</source>
        <translation>%2 に発見事項 %1 を起票</translation>
    </message>
</context>
<context>
    <name>Rebaser</name>
    <message>
        <source>Out of memory creating a rebaser.</source>
        <translation>リベース処理の準備中にメモリが不足しました。</translation>
    </message>
    <message>
        <source>The rebase buffer is malformed (%1).</source>
        <translation>リベース情報の形式が不正です（%1）。</translation>
    </message>
    <message>
        <source>The changeset cannot be rebased (%1).</source>
        <translation>変更セットをリベースできません（%1）。</translation>
    </message>
</context>
<context>
    <name>Replication</name>
    <message>
        <source>%1: trail row %2 is not a trail row of this application.</source>
        <translation>%1：証跡行 %2 はこのアプリケーションの証跡行ではありません。</translation>
    </message>
    <message>
        <source>%1: trail row %2 does not match its own number or form.</source>
        <translation>%1：証跡行 %2 が自身の番号または形式と一致しません。</translation>
    </message>
    <message>
        <source>%1: this workbook has no replicas. The engagement lead makes one for each member with: ismapctl replica create %1 -o COPY --for MEMBER</source>
        <translation>%1：このワークブックにはレプリカがありません。業務執行責任者が各メンバー用に作成します：ismapctl replica create %1 -o COPY --for MEMBER（アプリではファイル → レプリカの作成…）</translation>
    </message>
    <message>
        <source>%1 is not the engagement lead: only the lead makes replicas of the engagement.</source>
        <translation>%1 は業務執行責任者ではありません。業務のレプリカを作成できるのは業務執行責任者のみです。</translation>
    </message>
    <message>
        <source>%1: this is replica %2; replicas are made only from the engagement's origin workbook (the lead's).</source>
        <translation>%1：これはレプリカ %2 です。レプリカは業務のオリジン（業務執行責任者の）ワークブックからのみ作成できます。</translation>
    </message>
    <message>
        <source>%1 is not on the team of this engagement.</source>
        <translation>%1 はこの業務のチームメンバーではありません。</translation>
    </message>
    <message>
        <source>%1: a file of that name already exists; it was left as it is. Choose another name.</source>
        <translation>%1：同名のファイルが既に存在します（変更していません）。別の名前を選択してください。</translation>
    </message>
    <message>
        <source>%1: the folder does not exist.</source>
        <translation>%1：フォルダーが存在しません。</translation>
    </message>
    <message>
        <source>reference prefix "%1": use 1 to 4 Latin capital letters or digits, starting with a letter (e.g. TA); it goes into references such as F-TA-001.</source>
        <translation>参照番号の接頭辞「%1」：英大文字で始まる1〜4文字の英大文字または数字を使用してください（例：TA）。F-TA-001 のような参照番号に使われます。</translation>
    </message>
    <message>
        <source>reference prefix "%1" is already used by another replica of this engagement.</source>
        <translation>参照番号の接頭辞「%1」はこの業務の別のレプリカで既に使われています。</translation>
    </message>
    <message>
        <source>%1 has no registered member key: a change package is signed by the member who makes it. Create a key (ismapctl member key create) and have the lead register it.</source>
        <translation>%1 には登録済みのメンバー鍵がありません。変更パッケージは作成したメンバーが署名します。鍵を作成し（ismapctl member key create）、業務執行責任者に登録を依頼してください。</translation>
    </message>
    <message>
        <source>replica %1: this engagement has no such replica (see ismapctl sync status).</source>
        <translation>レプリカ %1：この業務にそのレプリカはありません（ismapctl sync status を参照）。</translation>
    </message>
    <message>
        <source>%1: the workbook is open read-only.</source>
        <translation>%1：ワークブックは読み取り専用で開かれています。</translation>
    </message>
    <message>
        <source>%1: the package belongs to another engagement (%2); this workbook is engagement %3. Nothing was imported.</source>
        <translation>%1：パッケージは別の業務（%2）のものです。このワークブックは業務 %3 です。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>%1: the package is signed by %2 with key %3, which is not registered for %2 in this engagement. Nothing was imported.</source>
        <translation>%1：パッケージは %2 が鍵 %3 で署名していますが、この鍵はこの業務で %2 の鍵として登録されていません。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>%1: the package is signed with %2's key %3, which was revoked. Nothing was imported.</source>
        <translation>%1：パッケージは %2 の鍵 %3 で署名されていますが、この鍵は失効しています。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>%1: the package's signature does not hold (%2). Nothing was imported.</source>
        <translation>%1：パッケージの署名が検証できません（%2）。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>%1: trail row %2 is filed under replica "%3", which is not its chain. Nothing was imported.</source>
        <translation>%1：証跡行 %2 はレプリカ「%3」に記録されていますが、それはこの行のチェーンではありません。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>%1: trail row %2 differs from the row %2 this workbook holds: two files are working as the same replica (a copy of a replica?), or the row was edited. Nothing was imported.</source>
        <translation>%1：証跡行 %2 がこのワークブックの行 %2 と異なります。2つのファイルが同じレプリカとして作業しているか（レプリカのコピー？）、行が編集されています。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>%1: the package holds row %2 of this replica's own trail, which this file does not have: this file is an older copy of the replica. Nothing was imported.</source>
        <translation>%1：パッケージにはこのレプリカ自身の証跡の行 %2 が含まれていますが、このファイルにはありません。このファイルはレプリカの古いコピーです。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>%1: trail row %2 does not follow row %3 held here: rows of replica %4 are missing in between (import the packages in between first). Nothing was imported.</source>
        <translation>%1：証跡行 %2 はここにある行 %3 に続いていません。レプリカ %4 の途中の行が欠けています（先に間のパッケージを取り込んでください）。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>%1: the engagement is finalised here, and the package would change it: %2%3. Nothing was imported.</source>
        <translation>%1：この業務はここで確定済みですが、パッケージはこれを変更します：%2%3。何も取り込んでいません。</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the package comes from replica %2, which this engagement does not know. Nothing was imported.</source>
        <translation>%1：パッケージはこの業務が把握していないレプリカ %2 からのものです。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>%1 is not a reviewer or the engagement lead: conflicts between replicas are decided by a reviewer or the lead.</source>
        <translation>%1 は査閲者でも業務執行責任者でもありません。レプリカ間の競合は査閲者または業務執行責任者が判断します。</translation>
    </message>
    <message>
        <source>conflict %1: no such conflict (see ismapctl sync conflicts).</source>
        <translation>競合 %1：該当する競合はありません（ismapctl sync conflicts を参照）。</translation>
    </message>
    <message>
        <source>conflict %1 was resolved by %2 at %3.</source>
        <translation>競合 %1 は %2 が %3 に解決済みです。</translation>
    </message>
    <message>
        <source>conflict %1: this replica (%2) made none of its versions; take a replica's version by number or give the values.</source>
        <translation>競合 %1：このレプリカ（%2）はいずれの版も作成していません。レプリカ番号で版を指定するか、値を指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>conflict %1 has %n other version(s); take one by its replica number.</source>
        <translation>
            <numerusform>競合 %1 には他に %n 件の版があります。レプリカ番号で1つ指定してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>conflict %1 has no version of replica %2.</source>
        <translation>競合 %1 にはレプリカ %2 の版がありません。</translation>
    </message>
    <message>
        <source>conflict %1: %2 was deleted here, so a changed version cannot be taken; record the work again, then resolve the conflict by taking the deletion.</source>
        <translation>競合 %1：%2 はここで削除されているため、変更された版は採用できません。作業を再度記録してから、削除を採用して競合を解決してください。</translation>
    </message>
    <message>
        <source>conflict %1: %2 has no field "%3" that can be set.</source>
        <translation>競合 %1：%2 には設定可能な項目「%3」がありません。</translation>
    </message>
    <message>
        <source>%1: the engagement is finalised; nothing is imported until the lead reopens it (%2).</source>
        <translation>%1: 業務は確定済みです。業務執行責任者が再開するまで何も取り込みません（%2）。</translation>
    </message>
    <message>
        <source>%1: a conflict on %2 %3 names no change of the package.</source>
        <translation>%1: %2 %3 の競合に対応する変更がパッケージにありません。</translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <source>%1: no item is in scope (import the statement first); there is nothing to report.</source>
        <translation>%1: 対象の項目がありません（先に言明書を取り込んでください）。報告する内容がありません。</translation>
    </message>
</context>
<context>
    <name>ReportIssue</name>
    <message>
        <source>%1: this is the workbook; choose another file for the report.</source>
        <translation>%1: これはワークブックです。報告書には別のファイルを選択してください。</translation>
    </message>
    <message>
        <source>A report is signed either with the firm's certificate or with a demo signer, not both.</source>
        <translation>報告書の署名は監査機関の証明書とデモ署名者のどちらか一方です。両方は指定できません。</translation>
    </message>
    <message>
        <source>%1: the folder for the demo signer cannot be created.</source>
        <translation>%1: デモ署名者のフォルダを作成できません。</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the final report cannot be issued. %2 (%3). Nothing was written; `ismapctl check` lists every gap, and a report without the firm's certificate is a draft.</source>
        <translation>%1: 最終報告書は発行できない。%2(%3)。何も書き込まれていない。`ismapctl check` で未了事項をすべて確認できる。監査機関の証明書による署名のない報告書はドラフトとなる。</translation>
    </message>
    <message>
        <source>not signed with the audit firm's certificate</source>
        <translation>監査機関の証明書による署名がない</translation>
    </message>
</context>
<context>
    <name>ReportLanguage</name>
    <message>
        <source>--lang: "%1" is not a report language (ja, en or both).</source>
        <translation>--lang: 「%1」は報告書の言語ではありません（ja、en または both）。</translation>
    </message>
</context>
<context>
    <name>ReportManifest</name>
    <message>
        <source>%1: not an ISMAP report manifest (%2).</source>
        <translation>%1: ISMAP 報告書のマニフェストではありません（%2）。</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>不明な形式</translation>
    </message>
    <message>
        <source>the report</source>
        <translation>報告書</translation>
    </message>
</context>
<context>
    <name>ReportVerifier</name>
    <message>
        <source>valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>tampered</source>
        <translation>改ざんあり</translation>
    </message>
    <message>
        <source>untrusted</source>
        <translation>信頼されていない</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>未署名</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>形式不正</translation>
    </message>
    <message>
        <source>The CA file holds no PEM certificate.</source>
        <translation>認証局ファイルにPEM証明書が含まれていません。</translation>
    </message>
    <message>
        <source>The file is not a PDF.</source>
        <translation>このファイルはPDFではありません。</translation>
    </message>
    <message>
        <source>The signature's /ByteRange or /Contents cannot be read.</source>
        <translation>署名の/ByteRangeまたは/Contentsを読み取れません。</translation>
    </message>
    <message>
        <source>The document carries no signature.</source>
        <translation>この文書には署名がありません。</translation>
    </message>
    <message>
        <source>The signature (CMS) cannot be decoded.</source>
        <translation>署名（CMS）をデコードできません。</translation>
    </message>
    <message>
        <source>The signer's certificate is not in the signature.</source>
        <translation>署名者の証明書が署名に含まれていません。</translation>
    </message>
    <message>
        <source>Digest mismatch: the signed part of the document changed after signing.</source>
        <translation>ダイジェストの不一致: 文書の署名対象部分が署名後に変更されています。</translation>
    </message>
    <message>
        <source>The signature value does not verify with the signer's certificate.</source>
        <translation>署名者の証明書で署名値を検証できません。</translation>
    </message>
    <message numerus="yes">
        <source>Not the whole document is signed: %n byte(s) were added after signing.</source>
        <translation>
            <numerusform>文書全体が署名されていません。署名後に%nバイトが追加されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not the whole document is signed.</source>
        <translation>文書全体が署名されていません。</translation>
    </message>
    <message>
        <source>The signer's certificate does not chain to the given CA (%1).</source>
        <translation>署名者の証明書が、指定された認証局（%1）までの証明書チェーンを構成していません。</translation>
    </message>
    <message>
        <source>%1: holds no PEM certificate.</source>
        <translation>%1: PEM証明書が含まれていません。</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>報告書の作成は取り消されました。ファイルは書き込まれていません。</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>PDF の作成を開始できませんでした。</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>PDF の作成を完了できませんでした。</translation>
    </message>
    <message>
        <source>No output file given for the report (-o OUT.pdf).</source>
        <translation>報告書の出力ファイルが指定されていません（-o OUT.pdf）。</translation>
    </message>
    <message>
        <source>%1: is a folder; give the report's file name.</source>
        <translation>%1: フォルダです。報告書のファイル名を指定してください。</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1: フォルダ %2 が存在しません。</translation>
    </message>
    <message>
        <source>%1: cannot be written (no permission).</source>
        <translation>%1: 書き込めません（権限がありません）。</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2).</source>
        <translation>%1: 書き込めません（%2）。</translation>
    </message>
    <message>
        <source>%1: writing the report failed (%2); no file was written.</source>
        <translation>%1: 報告書の書き込みに失敗しました（%2）。ファイルは書き込まれていません。</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <source>%1: "%2" is not a date (YYYY-MM-DD).</source>
        <translation>%1: 「%2」は日付（YYYY-MM-DD）ではありません。</translation>
    </message>
    <message>
        <source>"%1" is not a request status (requested, received or withdrawn).</source>
        <translation>「%1」は依頼の状態ではありません（requested、received、withdrawn）。</translation>
    </message>
    <message>
        <source>evidence %1: no such evidence.</source>
        <translation>証跡 %1: 存在しません。</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>依頼中</translation>
    </message>
    <message>
        <source>received</source>
        <translation>受領済</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>取下げ</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>a request needs a description of what is asked for.</source>
        <translation>依頼には依頼内容の記載が必要です。</translation>
    </message>
    <message>
        <source>item %1: not in the catalog.</source>
        <translation>管理策 %1: 管理基準にありません。</translation>
    </message>
    <message>
        <source>item %1: step %2 does not belong to it.</source>
        <translation>管理策 %1: ステップ %2 はこの管理策のものではありません。</translation>
    </message>
    <message>
        <source>item %1: sample %2 does not belong to it.</source>
        <translation>管理策 %1: サンプル %2 はこの管理策のものではありません。</translation>
    </message>
    <message>
        <source>requested on</source>
        <translation>依頼日</translation>
    </message>
    <message>
        <source>due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>due %1 is before the request was made (%2).</source>
        <translation>期限 %1 が依頼日（%2）より前です。</translation>
    </message>
    <message>
        <source>received on</source>
        <translation>受領日</translation>
    </message>
    <message>
        <source>request %1: no such request.</source>
        <translation>依頼 %1: 存在しません。</translation>
    </message>
    <message>
        <source>%1: no header row with a request number (番号, Ref) and a status (状態, Status) column.</source>
        <translation>%1: 依頼番号（番号、Ref）と状態（状態、Status）の列がある見出し行がありません。</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1、%2 行目: %3</translation>
    </message>
    <message>
        <source>no request number.</source>
        <translation>依頼番号がありません。</translation>
    </message>
    <message>
        <source>%1 is listed twice (first in row %2).</source>
        <translation>%1 が2回記載されています（最初は %2 行目）。</translation>
    </message>
    <message>
        <source>%1: no such request in this workbook.</source>
        <translation>%1: このワークブックにない依頼です。</translation>
    </message>
    <message>
        <source>%1: "%2" is not a request status (依頼中, 受領済, 取下げ; requested, received, withdrawn).</source>
        <translation>%1: 「%2」は依頼の状態ではありません（依頼中、受領済、取下げ、requested、received、withdrawn）。</translation>
    </message>
    <message>
        <source>%1: "%2" is not a date.</source>
        <translation>%1: 「%2」は日付ではありません。</translation>
    </message>
    <message>
        <source>%1: no request rows below the header.</source>
        <translation>%1: 見出し行の下に依頼の行がありません。</translation>
    </message>
    <message>
        <source>%1: 1 problem; nothing was changed.</source>
        <translation>%1: 問題が1件あります。何も変更していません。</translation>
    </message>
    <message>
        <source>%1: %2 problems; nothing was changed.</source>
        <translation>%1: 問題が %2 件あります。何も変更していません。</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>item %1: not in the catalog.</source>
        <translation>項目 %1: 管理基準カタログにありません。</translation>
    </message>
    <message>
        <source>raise review notes</source>
        <translation>査閲コメントの起票</translation>
    </message>
    <message>
        <source>item %1: the review note is empty.</source>
        <translation>項目 %1: 査閲コメントが空です。</translation>
    </message>
    <message>
        <source>clear review notes</source>
        <translation>査閲コメントの解消</translation>
    </message>
    <message>
        <source>review note %1: no such note.</source>
        <translation>査閲コメント %1: 該当する査閲コメントがありません。</translation>
    </message>
    <message>
        <source>review note %1 (item %2): already resolved by %3.</source>
        <translation>査閲コメント %1（項目 %2）: すでに %3 によって解消されています。</translation>
    </message>
    <message>
        <source>review note %1: give the resolution.</source>
        <translation>査閲コメント %1: 対応内容を入力してください。</translation>
    </message>
    <message>
        <source>item %1: not in scope of the statement; there is nothing to sign off.</source>
        <translation>項目 %1: 言明書の対象外のため、サインオフする対象がありません。</translation>
    </message>
    <message>
        <source>item %1: not in this year's cycle; there is nothing to sign off.</source>
        <translation>項目 %1: 当年度のサイクルの対象外のため、サインオフする対象がありません。</translation>
    </message>
    <message>
        <source>sign off item %1 as reviewer</source>
        <translation>項目 %1 の査閲者としてのサインオフ</translation>
    </message>
    <message>
        <source>item %1: already signed off as %2 by %3 at %4.</source>
        <translation>項目 %1: %4 に %3 が %2 としてサインオフ済みです。</translation>
    </message>
    <message>
        <source>item %1: step %2 has no result yet; record every step before signing off.</source>
        <translation>項目 %1: ステップ %2 の結果がまだ記録されていません。サインオフの前にすべてのステップの結果を記録してください。</translation>
    </message>
    <message>
        <source>item %1: it has no procedure steps; generate them (ismapctl steps generate) first.</source>
        <translation>項目 %1: 手続ステップがありません。先に手続ステップを生成してください（ismapctl steps generate）。</translation>
    </message>
    <message>
        <source>item %1: sample %2 item %3 has no result yet.</source>
        <translation>項目 %1: サンプル %2 の項目 %3 の結果がまだ記録されていません。</translation>
    </message>
    <message>
        <source>item %1: a deviation has no finding; raise one first.</source>
        <translation>項目 %1: 発見事項が起票されていない逸脱があります。先に発見事項を起票してください。</translation>
    </message>
    <message>
        <source>item %1: it has no valid preparer sign-off; it must be prepared before review.</source>
        <translation>項目 %1: 有効な作成者のサインオフがありません。査閲の前に作成者のサインオフが必要です。</translation>
    </message>
    <message>
        <source>%1 prepared item %2 and so may not review it: another reviewer must.</source>
        <translation>%1 は項目 %2 の作成者であるため、この項目を査閲できません。別の査閲者が査閲する必要があります。</translation>
    </message>
    <message numerus="yes">
        <source>item %1: %n open review note(s) (first: #%2); resolve them before the reviewer signs off.</source>
        <translation>
            <numerusform>項目 %1: 未解消の査閲コメントが %n 件あります（最初のコメント: #%2）。査閲者のサインオフの前に解消してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>finalise the engagement</source>
        <translation>業務の確定</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n review note(s) are still open; resolve them before finalising.</source>
        <translation>
            <numerusform>%1: 未解消の査閲コメントが %n 件残っています。確定の前に解消してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the workbook is open read-only.</source>
        <translation>%1: ワークブックは読み取り専用で開かれています。</translation>
    </message>
    <message>
        <source>%1 (%2) may not reopen the engagement: only the engagement lead may.</source>
        <translation>%1（%2）は業務の確定を解除できません。確定を解除できるのは業務執行責任者のみです。</translation>
    </message>
    <message>
        <source>%1: the engagement is not finalised.</source>
        <translation>%1: 業務は確定されていません。</translation>
    </message>
    <message>
        <source>%1: give the reason for reopening the engagement.</source>
        <translation>%1: 業務の確定を解除する理由を入力してください。</translation>
    </message>
    <message>
        <source>%1 is the engagement quality reviewer, outside the fieldwork team, and so neither prepares nor reviews items; they sign the engagement off (signoff --engagement).</source>
        <translation>%1 は審査担当者であり、往査チームに属さないため、項目の作成も査閲も行いません。審査担当者は業務全体にサインオフします（signoff --engagement）。</translation>
    </message>
    <message>
        <source>item %1: an item is signed off by its preparer and its reviewer; the lead and the quality reviewer sign the engagement off (signoff --engagement).</source>
        <translation>項目 %1: 項目にサインオフするのは作成者と査閲者です。業務執行責任者と審査担当者は業務全体にサインオフします（signoff --engagement）。</translation>
    </message>
    <message>
        <source>%1 recorded the result of step %2 of item %3, so is one of its preparers and may not review it: another reviewer must.</source>
        <translation>%1 は項目 %3 の手続 %2 の結果を記録したため、その作成者の一人であり、査閲できません。別の査閲者が査閲してください。</translation>
    </message>
    <message>
        <source>sign the engagement off</source>
        <translation>監査業務にサインオフする</translation>
    </message>
    <message>
        <source>%1: the engagement is already signed off as %2 by %3 at %4.</source>
        <translation>%1: 監査業務は %3 により %4 に %2 として既にサインオフされています。</translation>
    </message>
    <message>
        <source>%1 signed the engagement off as %2 and so may not also sign it off as %3.</source>
        <translation>%1 は %2 として監査業務にサインオフしたため、%3 としてサインオフすることはできません。</translation>
    </message>
    <message>
        <source>%1: the engagement lead has not signed the engagement off yet; the quality review comes after the lead's sign-off.</source>
        <translation>%1: 業務執行責任者がまだ業務全体にサインオフしていません。審査は業務執行責任者のサインオフの後に行います。</translation>
    </message>
    <message>
        <source>%1's %2 sign-off of %3</source>
        <translation>%1 の %2 サインオフ（%3）</translation>
    </message>
    <message>
        <source>item %1: recording this makes %2 one of the item's preparers (not its reviewer) and voids %3; the item must be signed off again.</source>
        <translation>項目 %1: これを記録すると %2 はこの項目の作成者の一人となり（査閲者ではなくなり）、%3 が無効になります。項目は再度サインオフが必要です。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>item %1: this change voids %2; the item must be signed off again.</source>
        <translation>項目 %1: この変更により %2 が無効になります。項目は再度サインオフが必要です。</translation>
    </message>
    <message>
        <source>Nothing was changed; confirm to go ahead (--confirm-void).</source>
        <translation>何も変更していません。続行するには確認してください（--confirm-void）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>sign-off %1 (item %2, %3 by %4 at %5)</source>
        <translation>サインオフ %1（項目 %2、%4 による %3、%5）</translation>
    </message>
    <message>
        <source>engagement sign-off %1 (%2 by %3 at %4)</source>
        <translation>監査業務のサインオフ %1（%3 による %2、%4）</translation>
    </message>
    <message>
        <source>review note %1 (item %2, resolved by %3 at %4)</source>
        <translation>査閲コメント %1（項目 %2、%3 が %4 に解決）</translation>
    </message>
    <message>
        <source>%1 %2 (by %3 at %4)</source>
        <translation>%1 %2（%3、%4）</translation>
    </message>
</context>
<context>
    <name>ReviewWork</name>
    <message>
        <source>Prepared, awaiting review</source>
        <translation>作成済み・査閲待ち</translation>
    </message>
    <message>
        <source>Open review notes</source>
        <translation>未解消の査閲コメントあり</translation>
    </message>
    <message>
        <source>Reviewed, awaiting the lead</source>
        <translation>査閲済み・業務執行責任者待ち</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Staff</source>
        <translation>スタッフ</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>査閲者</translation>
    </message>
    <message>
        <source>Engagement lead</source>
        <translation>業務執行責任者</translation>
    </message>
    <message>
        <source>Engagement quality reviewer</source>
        <translation>審査担当者</translation>
    </message>
</context>
<context>
    <name>Sampling</name>
    <message>
        <source>item %1: not in the catalog.</source>
        <translation>項目 %1: 管理基準カタログにありません。</translation>
    </message>
    <message>
        <source>item %1: not in scope of the statement; nothing to sample.</source>
        <translation>項目 %1: 言明書の対象外のため、サンプリングの対象がありません。</translation>
    </message>
    <message>
        <source>item %1: not in this year's cycle; nothing to sample.</source>
        <translation>項目 %1: 当年度のサイクルの対象外のため、サンプリングの対象がありません。</translation>
    </message>
    <message>
        <source>item %1: population %2: give the number of occurrences in the period (at least 1).</source>
        <translation>項目 %1: 母集団 %2: 対象期間中の発生件数を入力してください（1 以上）。</translation>
    </message>
    <message>
        <source>item %1: step %2 is not one of its active steps.</source>
        <translation>項目 %1: ステップ %2 はこの項目の有効なステップではありません。</translation>
    </message>
    <message>
        <source>sample set %1: no such sample.</source>
        <translation>サンプルセット %1: 該当するサンプルがありません。</translation>
    </message>
    <message>
        <source>sample set %1 (item %2): there is no sample item %3 (1 to %4).</source>
        <translation>サンプルセット %1（項目 %2）: サンプル項目 %3 はありません（有効な範囲は 1～%4）。</translation>
    </message>
    <message>
        <source>sample %1 (item %2): drawn by %3; staff may only discard samples they drew themselves (a reviewer or the lead can).</source>
        <translation>サンプル %1（項目 %2）: 抽出者は %3 です。スタッフが破棄できるのは自分が抽出したサンプルだけです（査閲者または主任は可能です）。</translation>
    </message>
    <message>
        <source>sample %1 (item %2): item %3 has a result recorded; a sample with results is kept.</source>
        <translation>サンプル %1（項目 %2）: サンプル項目 %3 に結果が記録されています。結果のあるサンプルは保持されます。</translation>
    </message>
    <message>
        <source>sample %1 (item %2): a finding or evidence refers to its items; it is kept.</source>
        <translation>サンプル %1（項目 %2）: 発見事項または証跡がそのサンプル項目を参照しているため、保持されます。</translation>
    </message>
    <message>
        <source>item %1: the population count is not known: the statement names the population as "%2" without a count. Count the records in the CSP's ledger for the period and give the count (the Population field; ismapctl sample draw --population N).</source>
        <translation>管理策 %1: 母集団の件数が不明です。言明書は母集団を「%2」と記載していますが件数がありません。対象期間の記録件数を CSP の台帳で数えて入力してください（母集団欄、または ismapctl sample draw --population N）。</translation>
    </message>
    <message>
        <source>item %1: the population count is not known: the statement states no population. Count the records in the CSP's ledger for the period and give the count (the Population field; ismapctl sample draw --population N).</source>
        <translation>管理策 %1: 母集団の件数が不明です。言明書に母集団の記載がありません。対象期間の記録件数を CSP の台帳で数えて入力してください（母集団欄、または ismapctl sample draw --population N）。</translation>
    </message>
    <message>
        <source>item %1: the statement gives no frequency; choose the control's frequency.</source>
        <translation>項目 %1: 言明書に頻度がありません。統制の頻度を選択してください。</translation>
    </message>
</context>
<context>
    <name>SamplingTable</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the built-in sampling table is missing.</source>
        <translation>%1: 組み込みのサンプリング表が見つかりません。</translation>
    </message>
    <message>
        <source>not a JSON object (%1 at offset %2).</source>
        <translation>JSONオブジェクトではありません（オフセット%2で%1）。</translation>
    </message>
    <message>
        <source>the field "version" is missing or empty.</source>
        <translation>フィールド "version" が存在しないか、空です。</translation>
    </message>
    <message>
        <source>the object "frequencies" is missing or empty.</source>
        <translation>オブジェクト "frequencies" が存在しないか、空です。</translation>
    </message>
    <message>
        <source>frequencies.%1: unknown frequency (use %2).</source>
        <translation>frequencies.%1: 不明な頻度です（%2を使用してください）。</translation>
    </message>
    <message>
        <source>frequencies.event.bands: missing or empty.</source>
        <translation>frequencies.event.bands: 存在しないか、空です。</translation>
    </message>
    <message>
        <source>frequencies.event.bands[%1].size: must be a whole number of at least 1.</source>
        <translation>frequencies.event.bands[%1].size: 1以上の整数である必要があります。</translation>
    </message>
    <message>
        <source>frequencies.event.bands[%1].max_population: must be a whole number larger than the band before.</source>
        <translation>frequencies.event.bands[%1].max_population: 直前の区分より大きい整数である必要があります。</translation>
    </message>
    <message>
        <source>frequencies.event.bands[%1]: only the last band may omit max_population.</source>
        <translation>frequencies.event.bands[%1]: max_population を省略できるのは最後の区分のみです。</translation>
    </message>
    <message>
        <source>frequencies.event.bands: the last band must omit max_population (it covers the rest).</source>
        <translation>frequencies.event.bands: 最後の区分では max_population を省略する必要があります（残りすべてを対象とするため）。</translation>
    </message>
    <message>
        <source>frequencies.%1.size: must be a whole number of at least 1.</source>
        <translation>frequencies.%1.size: 1以上の整数である必要があります。</translation>
    </message>
    <message>
        <source>%1: engagement sampling table</source>
        <translation>%1: 業務のサンプリング表</translation>
    </message>
    <message>
        <source>change the sampling table</source>
        <translation>サンプリング表の変更</translation>
    </message>
    <message>
        <source>population %1: must not be negative.</source>
        <translation>母集団%1: 負の値は指定できません。</translation>
    </message>
    <message>
        <source>frequency "%1": not in the sampling table %2 (use %3).</source>
        <translation>頻度「%1」: サンプリング表%2にありません（%3を使用してください）。</translation>
    </message>
</context>
<context>
    <name>SetApplicabilityCommand</name>
    <message>
        <source>set %1 %2</source>
        <translation>%1 を %2 に設定</translation>
    </message>
</context>
<context>
    <name>SetCycleCommand</name>
    <message>
        <source>put %1 in this year's cycle</source>
        <translation>%1 を今年度のサイクルに含める</translation>
    </message>
    <message>
        <source>take %1 out of this year's cycle</source>
        <translation>%1 を今年度のサイクルから外す</translation>
    </message>
</context>
<context>
    <name>SetSampleResultCommand</name>
    <message>
        <source>record sample %1 item %2</source>
        <translation>サンプル %1 の項目 %2 の記録</translation>
    </message>
</context>
<context>
    <name>SetStepResultCommand</name>
    <message>
        <source>record step %1 of %2</source>
        <translation>項目 %2 のステップ %1 の結果の記録</translation>
    </message>
</context>
<context>
    <name>StatementBook</name>
    <message>
        <source>%1 (ISMAP-registered)</source>
        <translation>%1（ISMAP登録済）</translation>
    </message>
    <message>
        <source>%1 (not ISMAP-registered)</source>
        <translation>%1（ISMAP未登録）</translation>
    </message>
    <message>
        <source>statement date: "%1" is not a date (YYYY-MM-DD).</source>
        <translation>言明日: 「%1」は日付（YYYY-MM-DD）ではありません。</translation>
    </message>
</context>
<context>
    <name>StatementImport</name>
    <message>
        <source>every governance item is mandatory</source>
        <translation>ガバナンス基準の項目はすべて必須</translation>
    </message>
    <message>
        <source>every management item is mandatory</source>
        <translation>マネジメント基準の項目はすべて必須</translation>
    </message>
    <message>
        <source>a control objective (統制目標) is mandatory</source>
        <translation>統制目標は必須</translation>
    </message>
    <message>
        <source>a baseline item (.%1) is mandatory</source>
        <translation>ベースラインの詳細管理策（.%1）は必須</translation>
    </message>
    <message>
        <source>%1: a sheet name applies only to an XLSX workbook.</source>
        <translation>%1: シート名はXLSXファイルにのみ指定できます。</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1、%2行目: %3</translation>
    </message>
    <message>
        <source>%1, row %2: %3: %4</source>
        <translation>%1、%2行目: %3: %4</translation>
    </message>
    <message>
        <source>%1: no header row in the first %2 rows; expected columns such as 管理策番号 (ID) and 採否 (Applicability).</source>
        <translation>%1: 先頭%2行に見出し行がありません。管理策番号（ID）や採否（Applicability）などの列が必要です。</translation>
    </message>
    <message>
        <source>If the statement is on another sheet, choose that sheet.</source>
        <translation>言明書が別のシートにある場合は、そのシートを選択してください。</translation>
    </message>
    <message>
        <source>no ID column (管理策番号, 番号, ID or 項番).</source>
        <translation>IDの列（管理策番号、番号、IDまたは項番）がありません。</translation>
    </message>
    <message>
        <source>no applicability column (採否, 適用, 対象, 適用有無, Applicability or In scope).</source>
        <translation>採否の列（採否、適用、対象、適用有無、ApplicabilityまたはIn scope）がありません。</translation>
    </message>
    <message>
        <source>a mark "%1" but no ID.</source>
        <translation>採否の記号「%1」がありますが、IDがありません。</translation>
    </message>
    <message>
        <source>"%1" is not a criteria ID.</source>
        <translation>「%1」は管理基準のIDではありません。</translation>
    </message>
    <message>
        <source>unknown ID: the workbook's criteria (revision %1) have no such item.</source>
        <translation>不明なID: このワークブックの管理基準（改訂版 %1）に該当する項目がありません。</translation>
    </message>
    <message>
        <source>duplicate ID: already stated in row %1.</source>
        <translation>IDの重複: %1行目で既に記載されています。</translation>
    </message>
    <message>
        <source>no applicability mark (○ for in scope, × for out of scope).</source>
        <translation>採否の記号がありません（対象は○、対象外は×）。</translation>
    </message>
    <message>
        <source>"%1" is not an applicability mark (in scope: ○ 〇 ● Y Yes 1 対象 適用 採用; out of scope: × ✕ N No 0 対象外 非適用 不採用 該当なし －).</source>
        <translation>「%1」は採否の記号ではありません（対象: ○ 〇 ● Y Yes 1 対象 適用 採用、対象外: × ✕ N No 0 対象外 非適用 不採用 該当なし －）。</translation>
    </message>
    <message>
        <source>"%1" is not a frequency (年次, 半期, 四半期, 月次, 週次, 日次, 1日複数回, 随時 or annual, semiannual, quarterly, monthly, weekly, daily, multiple daily, event-driven; or empty).</source>
        <translation>「%1」は頻度ではありません（年次、半期、四半期、月次、週次、日次、1日複数回、随時、またはannual, semiannual, quarterly, monthly, weekly, daily, multiple daily, event-driven、あるいは空欄）。</translation>
    </message>
    <message>
        <source>out of scope without a reason; %1 unless the statement gives a reason.</source>
        <translation>理由の記載なく対象外とされています。言明書に理由が記載されていない限り、%1です。</translation>
    </message>
    <message>
        <source>%1: no statement rows below the header (row %2).</source>
        <translation>%1: 見出し行（%2行目）より下に言明書の行がありません。</translation>
    </message>
    <message>
        <source>%1: 1 problem; nothing was imported.</source>
        <translation>%1: 問題が1件あります。何も取り込まれていません。</translation>
    </message>
    <message>
        <source>%1: %2 problems; nothing was imported.</source>
        <translation>%1: 問題が%2件あります。何も取り込まれていません。</translation>
    </message>
    <message>
        <source>"%1" is not a population count (a whole number such as 1,234 or 約120件).</source>
        <translation>「%1」は母集団の件数ではありません（1,234 や 約120件 のような整数）。</translation>
    </message>
    <message>
        <source>%1, row %2: "%3" is given twice (first in row %4).</source>
        <translation>%1、%2 行目: 「%3」が2回記載されています（最初は %4 行目）。</translation>
    </message>
    <message>
        <source>%1, row %2: "%3" is not a date (2025-04-01, 2025年4月1日 or 令和7年4月1日).</source>
        <translation>%1、%2 行目: 「%3」は日付ではありません（2025-04-01、2025年4月1日 または 令和7年4月1日）。</translation>
    </message>
</context>
<context>
    <name>StatementIntake</name>
    <message>
        <source>set an item's applicability</source>
        <translation>項目の採否の設定</translation>
    </message>
    <message>
        <source>applicability: no item given.</source>
        <translation>採否: 項目が指定されていません。</translation>
    </message>
    <message>
        <source>%1: no such item in the criteria catalog.</source>
        <translation>%1: 管理基準にこの項目はありません。</translation>
    </message>
    <message>
        <source>%1: a mandatory item is out of scope only with a reason (非採用理由).</source>
        <translation>%1: 必須項目は理由（非採用理由）なしに対象外にできません。</translation>
    </message>
</context>
<context>
    <name>SyncPackageReader</name>
    <message>
        <source>header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>changeset</source>
        <translation>変更セット</translation>
    </message>
    <message>
        <source>trail row</source>
        <translation>監査証跡の行</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>証跡</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>unknown section type %1</source>
        <translation>不明なセクション種別 %1</translation>
    </message>
    <message>
        <source>the package does not begin with its header</source>
        <translation>変更パッケージがヘッダーで始まっていません</translation>
    </message>
    <message>
        <source>a %1 section comes after a %2 section: the sections are out of order</source>
        <translation>%2セクションの後に%1セクションがあります。セクションの順序が不正です</translation>
    </message>
    <message>
        <source>the header lacks the engagement, replica, member or key fingerprint</source>
        <translation>ヘッダーに業務、レプリカ、メンバー、鍵フィンガープリントのいずれかがありません</translation>
    </message>
    <message>
        <source>changes %1–%2 of replica "%3" are not a valid range</source>
        <translation>レプリカ「%3」の変更 %1–%2 は有効な範囲ではありません</translation>
    </message>
    <message>
        <source>trail row %1 of replica "%2" has no valid number</source>
        <translation>レプリカ「%2」の監査証跡の行 %1 の番号が不正です</translation>
    </message>
    <message>
        <source>trail row %1 of replica "%2" does not match its hash</source>
        <translation>レプリカ「%2」の監査証跡の行 %1 がハッシュと一致しません</translation>
    </message>
    <message>
        <source>trail row %1 of replica "%2" does not follow row %3: rows are missing, repeated or out of order</source>
        <translation>レプリカ「%2」の監査証跡の行 %1 は行 %3 に続いていません。行の欠落、重複、または順序の誤りがあります</translation>
    </message>
    <message>
        <source>evidence %1 appears twice</source>
        <translation>証跡 %1 が二重に含まれています</translation>
    </message>
    <message>
        <source>%1: %2 (at byte %3).</source>
        <translation>%1: %2（%3 バイト目）。</translation>
    </message>
    <message>
        <source>cannot read (%1)</source>
        <translation>読み取れません（%1）</translation>
    </message>
    <message>
        <source>the package ends early: it is truncated</source>
        <translation>変更パッケージが途中で終わっています。切り詰められています</translation>
    </message>
    <message>
        <source>an evidence section of %1 bytes cannot hold its SHA-256</source>
        <translation>%1 バイトの証跡セクションには SHA-256 が収まりません</translation>
    </message>
    <message>
        <source>the content of evidence %1 does not match its SHA-256</source>
        <translation>証跡 %1 の内容が SHA-256 と一致しません</translation>
    </message>
    <message>
        <source>%1: cannot open the file (%2).</source>
        <translation>%1: ファイルを開けません（%2）。</translation>
    </message>
    <message>
        <source>%1: this is not an ISMAP change package.</source>
        <translation>%1: ISMAP の変更パッケージではありません。</translation>
    </message>
    <message>
        <source>%1: the package has format version %2; this version of the application reads up to %3.</source>
        <translation>%1: 変更パッケージの形式バージョンは %2 です。このバージョンのアプリケーションが読めるのは %3 までです。</translation>
    </message>
    <message>
        <source>the format version or flags are not valid</source>
        <translation>形式バージョンまたはフラグが不正です</translation>
    </message>
    <message>
        <source>the package ends without its signature: it is truncated or unsigned</source>
        <translation>変更パッケージが署名なしで終わっています。切り詰められているか、署名されていません</translation>
    </message>
    <message>
        <source>an evidence section claims %1 bytes</source>
        <translation>証跡セクションが %1 バイトと称しています</translation>
    </message>
    <message>
        <source>a %1 section of %2 bytes exceeds the limit of %3 bytes</source>
        <translation>%2 バイトの%1セクションは上限の %3 バイトを超えています</translation>
    </message>
    <message>
        <source>the %1 section is malformed</source>
        <translation>%1セクションの形式が不正です</translation>
    </message>
    <message>
        <source>the package holds bytes after its signature</source>
        <translation>変更パッケージの署名の後にデータがあります</translation>
    </message>
    <message>
        <source>the package was altered after it was signed (its digest does not match)</source>
        <translation>変更パッケージは署名後に改変されています（ダイジェストが一致しません）</translation>
    </message>
    <message>
        <source>the package is not signed</source>
        <translation>変更パッケージに署名がありません</translation>
    </message>
    <message>
        <source>the signature does not verify with key %1 of member %2</source>
        <translation>署名がメンバー %2 の鍵 %1 で検証できません</translation>
    </message>
    <message>
        <source>changes %1–%2 of replica "%3" follow change %4: changes are repeated or out of order</source>
        <translation>レプリカ「%3」の変更 %1–%2 が変更 %4 の後に続いています: 変更が重複しているか順序が正しくありません</translation>
    </message>
</context>
<context>
    <name>SyncPackageWriter</name>
    <message>
        <source>%1: cannot write (%2).</source>
        <translation>%1: 書き込めません（%2）。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2。</translation>
    </message>
    <message>
        <source>%1: a %2 section of %3 bytes exceeds the limit of %4 bytes.</source>
        <translation>%1: %3 バイトの%2セクションは上限の %4 バイトを超えています。</translation>
    </message>
    <message>
        <source>%1: evidence needs its 32-byte SHA-256 and its size.</source>
        <translation>%1: 証跡には 32 バイトの SHA-256 とサイズが必要です。</translation>
    </message>
    <message>
        <source>%1: evidence %2 ended after %3 of %4 bytes.</source>
        <translation>%1: 証跡 %2 が %4 バイト中 %3 バイトで途切れました。</translation>
    </message>
    <message>
        <source>%1: the content given for evidence %2 does not match its SHA-256.</source>
        <translation>%1: 証跡 %2 として渡された内容が SHA-256 と一致しません。</translation>
    </message>
    <message>
        <source>%1: the package could not be signed.</source>
        <translation>%1: 変更パッケージに署名できませんでした。</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message numerus="yes">
        <source>%1: nothing new (%n row(s) of the package were here already); the workbook is unchanged.</source>
        <translation>
            <numerusform>%1：新しい変更はありません（パッケージの %n 行は取込済み）。ワークブックは変更されていません。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: imported %n action(s) from replica %2 (signed by %3):</source>
        <translation>
            <numerusform>%1：レプリカ %2 から %n 件の操作を取り込みました（署名者：%3）：</numerusform></translation>
    </message>
    <message>
        <source>steps %1, samples %2, findings %3, notes %4, sign-offs %5, evidence %6 (%7), other %8</source>
        <translation>手続 %1、サンプル %2、指摘事項 %3、査閲コメント %4、サインオフ %5、証跡 %6（%7）、その他 %8</translation>
    </message>
    <message numerus="yes">
        <source>Evidence content: %n new file(s), %1.</source>
        <translation>
            <numerusform>証跡の内容：新規ファイル %n 件、%1。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) for a reviewer or the lead to decide: %1 (%2).</source>
        <translation>
            <numerusform>査閲者または業務執行責任者が判断すべき競合が %n 件あります：%1（%2）。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n sign-off(s) voided: their content was changed by the merge.</source>
        <translation>
            <numerusform>%n 件のサインオフを無効にしました。統合により対象の内容が変更されたためです。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n action(s), evidence %2 in %3 file(s), signed by %4.</source>
        <translation>
            <numerusform>%1：操作 %n 件、証跡 %2（%3 ファイル）、署名者：%4。</numerusform></translation>
    </message>
    <message>
        <source>(What replica %1 is not known to hold.)</source>
        <translation>（レプリカ %1 が保持していると確認できない変更のみ。）</translation>
    </message>
    <message>
        <source>Refused, left in the folder: %1</source>
        <translation>取込を拒否し、フォルダーに残しました：%1</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>%1: this build cannot decode CP932 (Shift_JIS).</source>
        <translation>%1: このビルドでは CP932 (Shift_JIS) をデコードできません。</translation>
    </message>
    <message>
        <source>%1: the file is neither UTF-8 nor CP932 (Shift_JIS) text.</source>
        <translation>%1: ファイルが UTF-8 と CP932 (Shift_JIS) のいずれのテキストでもありません。</translation>
    </message>
    <message>
        <source>%1: the file is not valid UTF-8.</source>
        <translation>%1: ファイルが有効な UTF-8 ではありません。</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: ファイルが空です。</translation>
    </message>
    <message>
        <source>%1: the file is too large (%2 bytes; at most %3).</source>
        <translation>%1: ファイルが大きすぎます（%2 バイト。上限は %3 バイト）。</translation>
    </message>
    <message>
        <source>%1: the file is binary, not CSV text.</source>
        <translation>%1: ファイルが CSV テキストではなく、バイナリファイルです。</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: the cell is too long (%4 characters; at most %5).</source>
        <translation>%1、%2 行目、%3 列目: セルが長すぎます（%4 文字。上限は %5 文字）。</translation>
    </message>
    <message>
        <source>%1, row %2: too many columns (at most %3).</source>
        <translation>%1、%2 行目: 列が多すぎます（上限は %3 列）。</translation>
    </message>
    <message>
        <source>%1: too many rows (more than %2).</source>
        <translation>%1: 行が多すぎます（%2 行を超えています）。</translation>
    </message>
    <message>
        <source>%1, row %2: a quoted cell is never closed.</source>
        <translation>%1、%2 行目: 引用符で囲まれたセルが閉じられていません。</translation>
    </message>
    <message>
        <source>%1: the file has no rows.</source>
        <translation>%1: ファイルに行がありません。</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2).</source>
        <translation>%1: ファイルを読み込めません（%2）。</translation>
    </message>
    <message>
        <source>%1: the part %2 unpacks to more than %3 bytes; the file is refused (damaged, or a zip bomb).</source>
        <translation>%1: パート %2 は展開すると %3 バイトを超えるため、このファイルは受け付けられません（破損しているか、zip 爆弾の可能性があります）。</translation>
    </message>
    <message>
        <source>the part is missing</source>
        <translation>パートがありません</translation>
    </message>
    <message>
        <source>cannot be unpacked (error %1)</source>
        <translation>展開できません（エラー %1）</translation>
    </message>
    <message>
        <source>is not well-formed XML (line %1: %2)</source>
        <translation>整形式の XML ではありません（%1 行目: %2）</translation>
    </message>
    <message>
        <source>contains a document type or entity declaration, which a spreadsheet never needs; the file is refused</source>
        <translation>スプレッドシートには不要な文書型宣言またはエンティティ宣言が含まれているため、このファイルは受け付けられません</translation>
    </message>
    <message>
        <source>nests XML deeper than %1 levels; the file is refused</source>
        <translation>XML の入れ子が %1 階層を超えているため、このファイルは受け付けられません</translation>
    </message>
    <message>
        <source>%1 (%2): %3.</source>
        <translation>%1 (%2): %3。</translation>
    </message>
    <message>
        <source>holds more strings than a sheet within the limits can use</source>
        <translation>上限内のシートで使用できる数を超える文字列が含まれています</translation>
    </message>
    <message>
        <source>%1, row %2, cell %3: too many columns (at most %4).</source>
        <translation>%1、%2 行目、セル %3: 列が多すぎます（上限は %4 列）。</translation>
    </message>
    <message>
        <source>%1, row %2, cell %3: the cell is too long (more than %4 characters).</source>
        <translation>%1、%2 行目、セル %3: セルが長すぎます（%4 文字を超えています）。</translation>
    </message>
    <message>
        <source>%1, row %2, cell %3: refers to shared string %4, which does not exist.</source>
        <translation>%1、%2 行目、セル %3: 存在しない共有文字列 %4 を参照しています。</translation>
    </message>
    <message>
        <source>%1: this is a password-protected workbook or an old .xls file; save it from Excel as .xlsx without a password, or as CSV.</source>
        <translation>%1: パスワードで保護された Excel ブック、または古い .xls ファイルです。Excel でパスワードなしの .xlsx 形式、または CSV 形式で保存し直してください。</translation>
    </message>
    <message>
        <source>%1: not an XLSX workbook (the file is not a zip archive).</source>
        <translation>%1: XLSX ブックではありません（ファイルが zip アーカイブではありません）。</translation>
    </message>
    <message>
        <source>%1: there is no sheet named "%2" (the sheets are: %3).</source>
        <translation>%1: 「%2」という名前のシートはありません（存在するシート: %3）。</translation>
    </message>
    <message>
        <source>%1: the sheet "%2" has no worksheet part.</source>
        <translation>%1: シート「%2」にワークシートのパートがありません。</translation>
    </message>
    <message>
        <source>%1: not an XLSX workbook (a zip archive without a worksheet).</source>
        <translation>%1: XLSX ブックではありません（ワークシートを含まない zip アーカイブです）。</translation>
    </message>
    <message>
        <source>%1: the sheet has no rows.</source>
        <translation>%1: シートに行がありません。</translation>
    </message>
</context>
<context>
    <name>TableWriter</name>
    <message>
        <source>%1: cannot write the XLSX file (%2).</source>
        <translation>%1: XLSX ファイルを書き出せません（%2）。</translation>
    </message>
    <message>
        <source>%1: give a file name ending in .xlsx or .csv.</source>
        <translation>%1: 末尾が .xlsx または .csv のファイル名を指定してください。</translation>
    </message>
    <message>
        <source>--encoding: "%1" is not a CSV encoding (utf8 or cp932).</source>
        <translation>--encoding: 「%1」は CSV の文字コードではありません（utf8 または cp932）。</translation>
    </message>
    <message>
        <source>this build cannot write CP932 (Shift_JIS).</source>
        <translation>このビルドは CP932（Shift_JIS）で書き出せません。</translation>
    </message>
    <message>
        <source>%1, row %2, column "%3": "%4" has a character CP932 (Shift_JIS) cannot hold; export as UTF-8 instead.</source>
        <translation>%1、%2 行目、列「%3」: 「%4」に CP932（Shift_JIS）で表せない文字があります。UTF-8 で書き出してください。</translation>
    </message>
    <message>
        <source>the export has a character CP932 (Shift_JIS) cannot hold; export as UTF-8 instead.</source>
        <translation>CP932（Shift_JIS）で表せない文字があります。UTF-8 で書き出してください。</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2).</source>
        <translation>%1: ファイルを書き出せません（%2）。</translation>
    </message>
    <message>
        <source>%1: the folder does not exist.</source>
        <translation>%1: フォルダーがありません。</translation>
    </message>
    <message>
        <source>%1: cannot write the XLSX file.</source>
        <translation>%1: XLSX ファイルを書き出せません。</translation>
    </message>
    <message>
        <source>%1: cannot write the file.</source>
        <translation>%1: ファイルを書き出せません。</translation>
    </message>
</context>
<context>
    <name>TextCode</name>
    <message>
        <source>Deviation in step %1</source>
        <translation>ステップ %1 での逸脱</translation>
    </message>
    <message>
        <source>Sample %1 item %2 (population #%3) failed</source>
        <translation>サンプル %1 の項目 %2（母集団 #%3）で逸脱</translation>
    </message>
    <message>
        <source>the item's procedure steps changed</source>
        <translation>項目の手続ステップの変更</translation>
    </message>
    <message>
        <source>step %1 was changed</source>
        <translation>ステップ %1 の変更</translation>
    </message>
    <message>
        <source>a sample was drawn</source>
        <translation>サンプルの抽出</translation>
    </message>
    <message>
        <source>a sample was discarded</source>
        <translation>サンプルが破棄されました</translation>
    </message>
    <message>
        <source>a sample result was recorded</source>
        <translation>サンプル結果の記録</translation>
    </message>
    <message>
        <source>a sample result was changed</source>
        <translation>サンプル結果の変更</translation>
    </message>
    <message>
        <source>evidence %1 was linked</source>
        <translation>証跡 %1 が紐付けられました</translation>
    </message>
    <message>
        <source>evidence %1 was unlinked</source>
        <translation>証跡 %1 の紐付けが解除されました</translation>
    </message>
    <message>
        <source>finding %1 was raised</source>
        <translation>発見事項 %1 の起票</translation>
    </message>
    <message>
        <source>finding %1 was changed</source>
        <translation>発見事項 %1 の変更</translation>
    </message>
    <message>
        <source>finding %1 was withdrawn</source>
        <translation>発見事項 %1 が取り下げられました</translation>
    </message>
    <message>
        <source>item %1 was signed off as %2</source>
        <translation>項目 %1 が %2 としてサインオフされました</translation>
    </message>
    <message>
        <source>changed by a merge from %1</source>
        <translation>%1 からの統合により変更</translation>
    </message>
</context>
<context>
    <name>ToUnicodeFix</name>
    <message>
        <source>the PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>%1: the PDF's text maps cannot be rewritten (%2).</source>
        <translation>%1: PDFのテキストマップを書き換えられません（%2）。</translation>
    </message>
</context>
<context>
    <name>Trail</name>
    <message>
        <source>trail row %1: expected row %2 here (a row was deleted or inserted)</source>
        <translation>証跡ログ %1行目: ここには%2行目があるはずです（行が削除または挿入されています）</translation>
    </message>
    <message>
        <source>trail row %1: does not chain to the row before it</source>
        <translation>証跡ログ %1行目: 直前の行とチェーンがつながっていません</translation>
    </message>
    <message>
        <source>trail row %1: content does not match its hash (the row was edited)</source>
        <translation>証跡ログ %1行目: 内容がハッシュ値と一致しません（行が編集されています）</translation>
    </message>
    <message>
        <source>trail: its recorded head is missing (removed with an outside tool)</source>
        <translation>証跡ログ: 記録された末尾が見つかりません（外部のツールで削除されています）</translation>
    </message>
    <message>
        <source>trail: ends at row %1, but row %2 was recorded as its last (rows were removed from the end)</source>
        <translation>証跡ログ: %1行目で終わっていますが、末尾として記録されているのは%2行目です（末尾の行が削除されています）</translation>
    </message>
    <message>
        <source>trail: ends at row %1, but its recorded head is row %2 with another hash (the end of the trail was rewritten)</source>
        <translation>証跡ログ: %1行目で終わっていますが、記録された末尾は別のハッシュの%2行目です（証跡ログの末尾が書き換えられています）</translation>
    </message>
    <message>
        <source>trail row %1: the merge names row %2, which is not here as it was merged</source>
        <translation>証跡行 %1: マージが参照する行 %2 が、マージ時の内容のままでは存在しません</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>integrity_check: %1</source>
        <translation>integrity_check: %1</translation>
    </message>
    <message>
        <source>%1 row %2: refers to a missing %3 row</source>
        <translation>%1 の行 %2: 存在しない %3 の行を参照しています</translation>
    </message>
    <message>
        <source>%1: verification cancelled.</source>
        <translation>%1: 検証を中止しました。</translation>
    </message>
    <message>
        <source>trail: the append-only guard %1 is missing (removed with an outside tool)</source>
        <translation>証跡ログ: 追記専用ガード %1 が存在しません（外部ツールで削除されています）</translation>
    </message>
    <message>
        <source>sign-off %1 (item %2, %3 by %4)</source>
        <translation>サインオフ %1（項目 %2、%3: %4）</translation>
    </message>
    <message>
        <source>%1: the stored content hash is not a SHA-256</source>
        <translation>%1: 保存されている内容のハッシュが SHA-256 ではありません</translation>
    </message>
    <message>
        <source>%1: the signed content has changed but the sign-off was not voided</source>
        <translation>%1: サインオフ対象の内容が変更されていますが、サインオフが無効化されていません</translation>
    </message>
    <message>
        <source>%1: not in the trail (added with an outside tool)</source>
        <translation>%1: 証跡ログにありません（外部のツールで追加されています）</translation>
    </message>
    <message>
        <source>%1: %2 is %3, but the trail (row %4) recorded %5 (changed with an outside tool)</source>
        <translation>%1: %2 は %3 ですが、証跡ログ（%4行目）の記録は %5 です（外部のツールで変更されています）</translation>
    </message>
    <message>
        <source>%1: recorded by the trail (row %2) but missing (deleted with an outside tool)</source>
        <translation>%1: 証跡ログ（%2行目）に記録されていますが、見つかりません（外部のツールで削除されています）</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s) that differ from the trail</source>
        <translation>
            <numerusform>… ほかに証跡ログと異なる行が %n 行あります</numerusform>
        </translation>
    </message>
    <message>
        <source>engagement sign-off %1 (%2 by %3): the signed engagement has changed but the sign-off was not voided</source>
        <translation>業務全体のサインオフ %1（%2、%3）: 署名対象の業務が変更されたのに、サインオフが無効化されていません</translation>
    </message>
</context>
<context>
    <name>WorkPaperExport</name>
    <message>
        <source>--lang: "%1" is not an export language (ja or en).</source>
        <translation>--lang: 「%1」は書き出しの言語ではありません（ja または en）。</translation>
    </message>
</context>
<context>
    <name>ismap::Workbook</name>
    <message>
        <source>%1: cannot read the file (%2).</source>
        <translation>%1: ファイルを読み込めません（%2）。</translation>
    </message>
    <message>
        <source>%1: this file is not an ISMAP workbook.</source>
        <translation>%1: このファイルは ISMAP ワークブックではありません。</translation>
    </message>
    <message>
        <source>%1: this is an SQLite database, but not an ISMAP workbook.</source>
        <translation>%1: SQLite データベースですが、ISMAP ワークブックではありません。</translation>
    </message>
    <message>
        <source>%1: a file of that name already exists; it was left as it is. Choose another name.</source>
        <translation>%1: 同じ名前のファイルがすでに存在します（既存のファイルは変更していません）。別の名前を指定してください。</translation>
    </message>
    <message>
        <source>%1: the folder does not exist.</source>
        <translation>%1: フォルダーが存在しません。</translation>
    </message>
    <message>
        <source>%1: the folder cannot be written (read-only).</source>
        <translation>%1: フォルダーに書き込めません（読み取り専用）。</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: ファイルが存在しません。</translation>
    </message>
    <message>
        <source>%1: not a file.</source>
        <translation>%1: ファイルではありません。</translation>
    </message>
    <message>
        <source>%1: the workbook or its folder is read-only, so it cannot be changed here. Copy it to a writable folder to work on it.</source>
        <translation>%1: ワークブックまたはそのフォルダーが読み取り専用のため、ここでは変更できません。作業するには、書き込み可能なフォルダーにコピーしてください。</translation>
    </message>
    <message>
        <source>%1: the workbook was saved by a newer version of ISMAP Audit Workbench (format %2; this version reads up to %3). Update the application to open it.</source>
        <translation>%1: このワークブックは新しいバージョンの ISMAP Audit Workbench で保存されています（形式 %2。このバージョンで読み込めるのは形式 %3 までです）。開くにはアプリケーションを更新してください。</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged (%2). It was not changed; restore it from a backup.</source>
        <translation>%1: ワークブックが破損しています（%2）。ワークブックは変更していません。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>%1: cannot keep a copy before upgrading the workbook.</source>
        <translation>%1: ワークブックのアップグレード前にコピーを保存できません。</translation>
    </message>
    <message>
        <source>%1: the workbook has no engagement record.</source>
        <translation>%1: ワークブックに業務のレコードがありません。</translation>
    </message>
    <message>
        <source>%1: the workbook is open read-only.</source>
        <translation>%1: ワークブックは読み取り専用で開かれています。</translation>
    </message>
    <message>
        <source>%1: the engagement is finalised; nothing can be changed. The engagement lead can reopen it with a reason.</source>
        <translation>%1: 業務は確定済みのため、変更できません。業務執行責任者は、理由を付して確定を解除できます。</translation>
    </message>
    <message>
        <source>team member: the name is empty.</source>
        <translation>チームメンバー: 名前が空です。</translation>
    </message>
    <message>
        <source>no team member is working: choose who you are first.</source>
        <translation>作業中のチームメンバーが選択されていません。先にご自身を選択してください。</translation>
    </message>
    <message>
        <source>%1 is not on the engagement team.</source>
        <translation>%1 は業務チームのメンバーではありません。</translation>
    </message>
    <message>
        <source>%1 is %2: only the engagement lead changes the engagement's scope.</source>
        <translation>%1 は%2です。業務の対象範囲を変更できるのは業務執行責任者だけです。</translation>
    </message>
    <message>
        <source>%1 is already on the team.</source>
        <translation>%1 はすでにチームにいます。</translation>
    </message>
    <message>
        <source>%1 cannot also lead the engagement: %2 is its engagement lead. Add %1 with another role.</source>
        <translation>%1 を業務執行責任者にすることはできません。業務執行責任者は %2 です。%1 は別の役割で追加してください。</translation>
    </message>
    <message>
        <source>%1: this workbook is replica %2 of a team engagement, but it is not the file that replica was made as (it was at %3): it is a copy or it was moved. A copy must not work as the same replica. If you moved it, claim it: ismapctl replica claim %1 (or File → Claim this replica in the app); if it is a copy, ask the engagement lead for a replica of your own.</source>
        <translation>%1：このワークブックはチーム業務のレプリカ %2 ですが、レプリカとして作成されたファイルではありません（元の場所：%3）。コピーされたか移動されています。コピーを同じレプリカとして作業に使うことはできません。移動した場合は引き継いでください：ismapctl replica claim %1（アプリでは開く際に「この場所でレプリカを引き継ぐ」）。コピーの場合は、業務執行責任者に自分用のレプリカを依頼してください。</translation>
    </message>
</context>
<context>
    <name>ismap::ui::AddMemberDialog</name>
    <message>
        <source>Add a team member</source>
        <translation>チームメンバーの追加</translation>
    </message>
    <message>
        <source>The team now: %1</source>
        <translation>現在のチーム: %1</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>まだいません</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>役割(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>メール(&amp;E):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
</context>
<context>
    <name>ismap::ui::ApplicabilityDialog</name>
    <message>
        <source>Set applicability</source>
        <translation>採否の設定</translation>
    </message>
    <message>
        <source>Applicability of %1, as the statement (言明書) decides it:</source>
        <translation>%1 の採否（言明書による）:</translation>
    </message>
    <message>
        <source>&amp;Applicability:</source>
        <translation>採否(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <source>Applicability</source>
        <translation>採否</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Why the item is out of scope (needed for a mandatory item)</source>
        <translation>対象外とする理由（必須項目では必要）</translation>
    </message>
</context>
<context>
    <name>ismap::ui::AssignDialog</name>
    <message>
        <source>Assign items</source>
        <translation>担当者の割当て</translation>
    </message>
    <message>
        <source>Assign %1 to:</source>
        <translation>%1 の担当者:</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>チームメンバー</translation>
    </message>
</context>
<context>
    <name>ismap::ui::CatalogTreeModel</name>
    <message>
        <source>%1 / %2 in scope</source>
        <translation>対象 %1 / %2</translation>
    </message>
    <message>
        <source>Mandatory: cannot be left out without a stated reason.</source>
        <translation>必須: 理由を明記せずに対象外とすることはできません。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Applicability</source>
        <translation>適用可否</translation>
    </message>
    <message>
        <source>Not in this year's cycle</source>
        <translation>当年度サイクル対象外</translation>
    </message>
    <message>
        <source>%1 / %2 steps</source>
        <translation>%1 / %2 ステップ</translation>
    </message>
    <message>
        <source>%1 / %2 done</source>
        <translation>完了 %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n deviation(s) recorded.</source>
        <translation>
            <numerusform>逸脱が %n 件記録されています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open review note(s).</source>
        <translation>
            <numerusform>未解消の査閲コメントが %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>%1 · assigned to %2</source>
        <translation>%1 · 担当 %2</translation>
    </message>
</context>
<context>
    <name>ismap::ui::ChangeRoleDialog</name>
    <message>
        <source>Change a member's role</source>
        <translation>メンバーの役割の変更</translation>
    </message>
    <message>
        <source>Only the engagement lead changes roles. Past sign-offs stay as they were given.</source>
        <translation>役割を変更できるのは業務執行責任者のみです。過去のサインオフは付与されたときのまま残ります。</translation>
    </message>
    <message>
        <source>The engagement has one lead: making another member the lead hands the lead over, and you stay on the team as a reviewer. The quality reviewer stands outside the fieldwork team.</source>
        <translation>業務執行責任者は1名です。別のメンバーを業務執行責任者にすると引き継ぎとなり、あなたは査閲者としてチームに残ります。審査担当者は業務チームの外に立ちます。</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>メンバー(&amp;M):</translation>
    </message>
    <message>
        <source>New &amp;role:</source>
        <translation>新しい役割(&amp;R):</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>チームメンバー</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>新しい役割</translation>
    </message>
</context>
<context>
    <name>ismap::ui::ConflictsDialog</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>査閲者</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Performed at</source>
        <translation>実施日時</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解決</translation>
    </message>
    <message>
        <source>Resolved by %1 at %2</source>
        <translation>%1 が %2 に解決</translation>
    </message>
    <message>
        <source>No conflicts: the replicas agree.</source>
        <translation>競合はありません。レプリカ間で内容が一致しています。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: changed on more than one replica since they last met. The row holds the later version until a reviewer or the lead takes one.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：前回の同期以降、複数のレプリカで変更されました。査閲者または業務執行責任者がいずれかの版を採用するまで、後の変更の版が保持されます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: resolved by %2 at %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2 が %3 に解決しました。</translation>
    </message>
    <message>
        <source>Origin · %1</source>
        <translation>オリジン · %1</translation>
    </message>
    <message>
        <source>Replica %1 · %2</source>
        <translation>レプリカ %1 · %2</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>変更日時：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Held now&lt;/b&gt; (the later change)</source>
        <translation>&lt;b&gt;現在保持&lt;/b&gt;（後の変更）</translation>
    </message>
    <message>
        <source>Deleted the row.</source>
        <translation>この行を削除しました。</translation>
    </message>
    <message>
        <source>Take this version</source>
        <translation>この版を採用</translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>競合の解決</translation>
    </message>
    <message>
        <source>Conflicts between replicas</source>
        <translation>レプリカ間の競合</translation>
    </message>
    <message>
        <source>When two replicas change the same row before they meet, every replica keeps the later change and records both here. A reviewer or the lead decides which version stands; the decision travels to the other replicas like any change.</source>
        <translation>2つのレプリカが同期前に同じ行を変更した場合、各レプリカは後の変更を保持し、両方の版をここに記録します。どの版を採用するかは査閲者または業務執行責任者が決定し、その決定は通常の変更と同様に他のレプリカへ伝わります。</translation>
    </message>
    <message>
        <source>What</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>検出日時</translation>
    </message>
    <message>
        <source>&amp;Go to item</source>
        <translation>項目へ移動(&amp;G)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>ismap::ui::CreateReplicaDialog</name>
    <message>
        <source>Replica file</source>
        <translation>レプリカのファイル</translation>
    </message>
    <message>
        <source>ISMAP workbooks (*.ismapwb)</source>
        <translation>ISMAP ワークブック (*.ismapwb)</translation>
    </message>
    <message>
        <source>Choose the member and the file of the replica.</source>
        <translation>レプリカのメンバーとファイルを選択してください。</translation>
    </message>
    <message>
        <source>Replica %1 for %2 written to %3. Its references read %4. Give the file to %2; changes come back as change packages (File → Synchronise…).</source>
        <translation>%2 のレプリカ %1 を %3 に作成しました。参照番号は %4 の形式になります。このファイルを %2 に渡してください。変更は変更パッケージとして戻ってきます（ファイル → 同期…）。</translation>
    </message>
    <message>
        <source>Create replica</source>
        <translation>レプリカの作成</translation>
    </message>
    <message>
        <source>A replica is this engagement's workbook for one team member's laptop: they work in it offline, and the changes travel between the files as signed change packages. Only the lead makes replicas, from this (the origin) workbook.</source>
        <translation>レプリカは、チームメンバー各自のノートPC用のこの業務のワークブックです。メンバーはオフラインで作業し、変更は署名付きの変更パッケージとしてファイル間でやり取りされます。レプリカを作成できるのは業務執行責任者のみで、このワークブック（オリジン）から作成します。</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>メンバー(&amp;M)：</translation>
    </message>
    <message>
        <source>Reference &amp;prefix:</source>
        <translation>参照番号の接頭辞(&amp;P)：</translation>
    </message>
    <message>
        <source>default: the member's initials (e.g. TA gives F-TA-001)</source>
        <translation>既定：メンバーのイニシャル（例：TA なら F-TA-001）</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>C&amp;reate replica</source>
        <translation>レプリカを作成(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ismap::ui::DashboardWidget</name>
    <message>
        <source>Progress by part</source>
        <translation>区分別の進捗</translation>
    </message>
    <message>
        <source>Progress by domain</source>
        <translation>領域別の進捗</translation>
    </message>
    <message>
        <source>Items by status</source>
        <translation>ステータス別の項目</translation>
    </message>
    <message>
        <source>Findings by severity</source>
        <translation>重要度別の発見事項</translation>
    </message>
    <message>
        <source>Evidence by kind</source>
        <translation>種類別の証跡</translation>
    </message>
    <message>
        <source>Open a workbook to see the engagement's progress.</source>
        <translation>業務の進捗を表示するには、ワークブックを開いてください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 — %2&lt;/b&gt;&lt;br&gt;Period %3 to %4 · criteria revision %5&lt;br&gt;%6 items: %7 in scope, %8 out of scope, %9 undecided · %10 findings · %11 evidence files (%12)</source>
        <translation>&lt;b&gt;%1 — %2&lt;/b&gt;&lt;br&gt;監査対象期間 %3～%4 · 管理基準改訂版 %5&lt;br&gt;項目%6件: 対象%7件、対象外%8件、未決定%9件 · 発見事項%10件 · 証跡ファイル%11件（%12）</translation>
    </message>
    <message>
        <source>Progress by domain (in-scope items prepared or reviewed)</source>
        <translation>領域別の進捗（対象項目のうち作成済みまたは査閲済みのもの）</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>残り</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>発見事項</translation>
    </message>
    <message numerus="yes">
        <source>Evidence: %n file(s), %1</source>
        <translation>
            <numerusform>証跡: ファイル%n件、%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ismap::ui::EngagementMenu</name>
    <message>
        <source>Import the statement</source>
        <translation>言明書の取込</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>言明書</translation>
    </message>
    <message>
        <source>Import the criteria catalog</source>
        <translation>管理基準の取込</translation>
    </message>
    <message>
        <source>Catalogs</source>
        <translation>管理基準</translation>
    </message>
    <message>
        <source>Import this year's cycle</source>
        <translation>今年度のサイクルの取込</translation>
    </message>
    <message>
        <source>Lists of item IDs (*.txt *.csv)</source>
        <translation>項目番号の一覧 (*.txt *.csv)</translation>
    </message>
    <message>
        <source>Open a workbook first.</source>
        <translation>先にワークブックを開いてください。</translation>
    </message>
    <message>
        <source>The workbook is finalised or read-only.</source>
        <translation>ワークブックは確定済みまたは読取り専用です。</translation>
    </message>
    <message>
        <source>Select one or more items in the navigator first.</source>
        <translation>先にナビゲーターで項目を1つ以上選択してください。</translation>
    </message>
    <message>
        <source>Statement %1 imported: %2 in scope, %3 out of scope, %4 undecided.</source>
        <translation>言明書 %1 を取り込みました: 対象 %2、対象外 %3、未決定 %4。</translation>
    </message>
    <message>
        <source>Cannot import the statement</source>
        <translation>言明書を取り込めません</translation>
    </message>
    <message>
        <source>Catalog %1 (revision %2) installed: %3 added, %4 updated.</source>
        <translation>管理基準 %1（版 %2）を導入しました: 追加 %3、更新 %4。</translation>
    </message>
    <message>
        <source>Catalog imported</source>
        <translation>管理基準の取込</translation>
    </message>
    <message>
        <source>%1
These items are not in the new revision but carry work, which is kept: %2</source>
        <translation>%1
次の項目は新しい版にありませんが、作業が記録されているため保持します: %2</translation>
    </message>
    <message>
        <source>Cannot import the catalog</source>
        <translation>管理基準を取り込めません</translation>
    </message>
    <message>
        <source>This year's cycle: %1 items in, %2 out.</source>
        <translation>今年度のサイクル: 含める項目 %1、外す項目 %2。</translation>
    </message>
    <message>
        <source>Cannot import the cycle</source>
        <translation>サイクルを取り込めません</translation>
    </message>
    <message>
        <source>Cannot set the applicability</source>
        <translation>採否を設定できません</translation>
    </message>
    <message>
        <source>Cannot assign the items</source>
        <translation>担当者を割り当てられません</translation>
    </message>
    <message>
        <source>Cannot change the cycle</source>
        <translation>サイクルを変更できません</translation>
    </message>
    <message>
        <source>%1 joined the team as %2.</source>
        <translation>%1 が %2 としてチームに加わりました。</translation>
    </message>
    <message>
        <source>Cannot add the member</source>
        <translation>メンバーを追加できません</translation>
    </message>
    <message>
        <source>E&amp;ngagement</source>
        <translation>業務(&amp;N)</translation>
    </message>
    <message>
        <source>Import or replace the &amp;statement (言明書)…</source>
        <translation>言明書の取込・差替え(&amp;S)…</translation>
    </message>
    <message>
        <source>Import the criteria &amp;catalog (管理基準)…</source>
        <translation>管理基準の取込(&amp;C)…</translation>
    </message>
    <message>
        <source>Set &amp;applicability…</source>
        <translation>採否の設定(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Assign to a member…</source>
        <translation>担当者の割当て(&amp;A)…</translation>
    </message>
    <message>
        <source>Put &amp;in this year's cycle</source>
        <translation>今年度のサイクルに含める(&amp;I)</translation>
    </message>
    <message>
        <source>Take &amp;out of this year's cycle</source>
        <translation>今年度のサイクルから外す(&amp;O)</translation>
    </message>
    <message>
        <source>Import this year's c&amp;ycle list…</source>
        <translation>今年度のサイクル一覧の取込(&amp;Y)…</translation>
    </message>
    <message>
        <source>Add a &amp;team member…</source>
        <translation>チームメンバーの追加(&amp;T)…</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 の役割を%2に変更しました。</translation>
    </message>
    <message>
        <source>Cannot change the role</source>
        <translation>役割を変更できません</translation>
    </message>
    <message>
        <source>Change a member's &amp;role…</source>
        <translation>メンバーの役割の変更(&amp;R)…</translation>
    </message>
    <message>
        <source>Member &amp;keys…</source>
        <translation>メンバー鍵(&amp;K)…</translation>
    </message>
</context>
<context>
    <name>ismap::ui::EvidenceActions</name>
    <message>
        <source>Describe evidence</source>
        <translation>証跡の説明</translation>
    </message>
    <message>
        <source>What %1 shows:</source>
        <translation>%1 が示すもの:</translation>
    </message>
    <message>
        <source>Cannot change the description</source>
        <translation>説明を変更できません</translation>
    </message>
    <message>
        <source>Cannot unlink the evidence</source>
        <translation>証跡のリンクを解除できません</translation>
    </message>
    <message>
        <source>evidence %1: also linked to %2; unlink it there first.</source>
        <translation>証跡 %1: %2 にもリンクされています。先にそちらのリンクを解除してください。</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>証跡の削除</translation>
    </message>
    <message>
        <source>Remove %1 from the vault? Its content is deleted from the workbook; the trail keeps its record. This cannot be undone.</source>
        <translation>%1 を証跡保管庫から削除しますか？内容はワークブックから削除され、監査証跡には記録が残ります。元に戻せません。</translation>
    </message>
    <message>
        <source>Cannot remove the evidence</source>
        <translation>証跡を削除できません</translation>
    </message>
    <message>
        <source>Edit &amp;description…</source>
        <translation>説明の編集(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Unlink from this item</source>
        <translation>この項目からリンクを解除(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Remove from the vault…</source>
        <translation>保管庫から削除(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>ismap::ui::EvidenceModel</name>
    <message>
        <source>1 byte</source>
        <translation>1バイト</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1バイト</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF文書</translation>
    </message>
    <message>
        <source>Image (%1)</source>
        <translation>画像（%1）</translation>
    </message>
    <message>
        <source>CSV text</source>
        <translation>CSVテキスト</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>表計算ファイル</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word文書</translation>
    </message>
    <message>
        <source>ZIP archive</source>
        <translation>ZIPアーカイブ</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>入手元</translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation>入手日</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>ismap::ui::EvidencePanel</name>
    <message>
        <source>Cannot add evidence</source>
        <translation>証跡を追加できません</translation>
    </message>
    <message>
        <source>%1 is a folder. Drop or choose the files inside it.</source>
        <translation>%1 はフォルダーです。中のファイルをドロップまたは選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s) to the evidence of item %1…</source>
        <translation>
            <numerusform>項目 %1 の証跡に%n件のファイルを追加しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add evidence to item %1</source>
        <translation>項目 %1 に証跡を追加</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n piece(s) of evidence…</source>
        <translation>
            <numerusform>%n件の証跡をエクスポートしています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export evidence to folder</source>
        <translation>証跡をフォルダーにエクスポート</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Adding evidence</source>
        <translation>証跡を追加しています</translation>
    </message>
    <message>
        <source>Exporting evidence</source>
        <translation>証跡をエクスポートしています</translation>
    </message>
    <message>
        <source>Evidence transfer progress</source>
        <translation>証跡の転送の進捗</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>取り込みをキャンセルしました。何も追加されていません。</translation>
    </message>
    <message>
        <source>Export cancelled; no file was left behind for the evidence not finished.</source>
        <translation>エクスポートをキャンセルしました。書き終わっていない証跡のファイルは残していません。</translation>
    </message>
    <message>
        <source>Cannot export evidence</source>
        <translation>証跡をエクスポートできません</translation>
    </message>
    <message numerus="yes">
        <source>Added %n piece(s) of evidence.</source>
        <translation>
            <numerusform>証跡を%n件追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the vault with the same content, now linked here: %1.</source>
        <translation>同じ内容が既に証跡保管庫にあったため、この項目に紐付けました: %1。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1, each checked against its SHA-256.</source>
        <translation>
            <numerusform>%n件のファイルを %1 にエクスポートし、それぞれSHA-256で照合しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an item to see its evidence.</source>
        <translation>項目を選択すると、その証跡が表示されます。</translation>
    </message>
    <message>
        <source>Drop files here, or use Add files…, to attach evidence to item %1. Each file is stored once, with its SHA-256.</source>
        <translation>ここにファイルをドロップするか「ファイルを追加…」を使って、項目 %1 に証跡を添付します。各ファイルはSHA-256とともに一度だけ保管されます。</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>ファイルを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>証跡ファイルを追加</translation>
    </message>
    <message>
        <source>Choose files to add as evidence of this item (you can also drop them on this panel).</source>
        <translation>この項目の証跡として追加するファイルを選択します（このパネルにドロップすることもできます）。</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Export selected evidence to a folder</source>
        <translation>選択した証跡をフォルダーにエクスポート</translation>
    </message>
    <message>
        <source>Write the selected evidence into a folder; each file is checked against its SHA-256.</source>
        <translation>選択した証跡をフォルダーに書き出します。各ファイルはSHA-256で照合されます。</translation>
    </message>
    <message>
        <source>&amp;Source of new files:</source>
        <translation>追加するファイルの入手元(&amp;S):</translation>
    </message>
    <message>
        <source>Source of new evidence files</source>
        <translation>追加する証跡ファイルの入手元</translation>
    </message>
    <message>
        <source>who or which system gave them, e.g. CSP security office</source>
        <translation>提供者または提供元システム（例: CSP 情報セキュリティ室）</translation>
    </message>
    <message>
        <source>Also link to step %1</source>
        <translation>ステップ %1 にも紐付ける</translation>
    </message>
    <message>
        <source>Also link new evidence to the selected procedure step</source>
        <translation>追加する証跡を選択中の手続ステップにも紐付ける</translation>
    </message>
    <message>
        <source>Evidence of this item</source>
        <translation>この項目の証跡</translation>
    </message>
    <message>
        <source>Evidence status</source>
        <translation>証跡の状況</translation>
    </message>
    <message>
        <source>Evidence list and preview</source>
        <translation>証跡の一覧とプレビュー</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証跡</translation>
    </message>
    <message>
        <source>Evidence cannot be added here: %1</source>
        <translation>ここには証跡を追加できません: %1</translation>
    </message>
    <message numerus="yes">
        <source>Release to add %n file(s) to the evidence of item %1.</source>
        <translation>
            <numerusform>ここで離すと、%n件のファイルを項目 %1 の証跡に追加します。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Obtained on:</source>
        <translation>入手日(&amp;O):</translation>
    </message>
    <message>
        <source>Date the new evidence files were obtained</source>
        <translation>追加する証跡ファイルの入手日</translation>
    </message>
</context>
<context>
    <name>ismap::ui::EvidencePreview</name>
    <message>
        <source>Select a piece of evidence to see it here.</source>
        <translation>証跡を選択すると、ここに表示されます。</translation>
    </message>
    <message>
        <source>Loading the preview…</source>
        <translation>プレビューを読み込んでいます…</translation>
    </message>
    <message>
        <source>No preview for this type of file (%1). Export it to open it.</source>
        <translation>この種類のファイル（%1）はプレビューできません。エクスポートして開いてください。</translation>
    </message>
    <message>
        <source>Too large to preview (%1). Export it to open it.</source>
        <translation>大きすぎるためプレビューできません（%1）。エクスポートして開いてください。</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証跡</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2バイト）</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>入手元</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation>入手日</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>The image cannot be shown (%1).</source>
        <translation>画像を表示できません（%1）。</translation>
    </message>
    <message>
        <source>[Only the first %1 of %2 are shown.]</source>
        <translation>［%2のうち先頭の%1のみ表示しています。］</translation>
    </message>
    <message>
        <source>The PDF cannot be shown; it may be damaged or encrypted.</source>
        <translation>PDFを表示できません。破損しているか暗号化されている可能性があります。</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>プレビューできません: %1</translation>
    </message>
    <message>
        <source>Evidence details and SHA-256</source>
        <translation>証跡の詳細とSHA-256</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>プレビューの状況</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>画像のプレビュー</translation>
    </message>
    <message>
        <source>Text preview</source>
        <translation>テキストのプレビュー</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>PDFのプレビュー</translation>
    </message>
    <message>
        <source>Only the first %1 of the file are shown.</source>
        <translation>ファイルの最初の %1 だけを表示しています。</translation>
    </message>
</context>
<context>
    <name>ismap::ui::EvidenceWorker</name>
    <message>
        <source>No workbook is open.</source>
        <translation>ワークブックが開かれていません。</translation>
    </message>
</context>
<context>
    <name>ismap::ui::FindingsModel</name>
    <message>
        <source>Not rated</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>Raised manually</source>
        <translation>手動で起票</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起票元</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>起票</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解決</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>合意済み</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>クローズ</translation>
    </message>
</context>
<context>
    <name>ismap::ui::FindingsPanel</name>
    <message>
        <source>Step %1</source>
        <translation>ステップ %1</translation>
    </message>
    <message>
        <source>Step %1: deviation</source>
        <translation>ステップ %1: 逸脱</translation>
    </message>
    <message>
        <source>Step %1: deviation (finding %2)</source>
        <translation>ステップ %1: 逸脱（発見事項 %2）</translation>
    </message>
    <message>
        <source>Sample %1 item %2 (population #%3)</source>
        <translation>サンプル %1 の項目 %2（母集団 #%3）</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1: 不適合</translation>
    </message>
    <message>
        <source>%1: failed (finding %2)</source>
        <translation>%1: 不適合（発見事項 %2）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>No deviations recorded on this item</source>
        <translation>この項目に記録された逸脱はありません</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>Select a finding, or raise one.</source>
        <translation>発見事項を選択するか、起票してください。</translation>
    </message>
    <message>
        <source>Finding %1, raised by %2 at %3</source>
        <translation>発見事項 %1（起票: %2、%3）</translation>
    </message>
    <message>
        <source>Cannot save the finding</source>
        <translation>発見事項を保存できません</translation>
    </message>
    <message>
        <source>Cannot raise the finding</source>
        <translation>発見事項を起票できません</translation>
    </message>
    <message>
        <source>Findings of the item</source>
        <translation>項目の発見事項</translation>
    </message>
    <message>
        <source>Title of a new finding</source>
        <translation>新しい発見事項の件名</translation>
    </message>
    <message>
        <source>Raise &amp;new finding</source>
        <translation>新しい発見事項を起票(&amp;N)</translation>
    </message>
    <message>
        <source>Raise a new finding</source>
        <translation>新しい発見事項を起票</translation>
    </message>
    <message>
        <source>Deviations of the item</source>
        <translation>項目の逸脱</translation>
    </message>
    <message>
        <source>Raise from &amp;deviation</source>
        <translation>逸脱から起票(&amp;D)</translation>
    </message>
    <message>
        <source>Raise a finding from the chosen deviation</source>
        <translation>選択した逸脱から発見事項を起票</translation>
    </message>
    <message>
        <source>Selected finding</source>
        <translation>選択中の発見事項</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>件名:</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation>事実（状況）:</translation>
    </message>
    <message>
        <source>Criteria:</source>
        <translation>規準:</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>原因:</translation>
    </message>
    <message>
        <source>Effect:</source>
        <translation>影響:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>重要度:</translation>
    </message>
    <message>
        <source>Management response (CSP):</source>
        <translation>被監査側（CSP）の回答:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス:</translation>
    </message>
    <message>
        <source>Finding title</source>
        <translation>発見事項の件名</translation>
    </message>
    <message>
        <source>Condition: what was found</source>
        <translation>事実（状況）: 確認された内容</translation>
    </message>
    <message>
        <source>Criteria: what was expected</source>
        <translation>規準: 本来あるべき状態</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>影響</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Management response of the CSP</source>
        <translation>被監査側（CSP）の回答</translation>
    </message>
    <message>
        <source>Finding status</source>
        <translation>発見事項のステータス</translation>
    </message>
    <message>
        <source>Agreeing or closing a finding needs a reviewer or the lead</source>
        <translation>発見事項の合意・クローズには査閲者または責任者の権限が必要です</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>変更を保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the finding's changes</source>
        <translation>発見事項の変更を保存</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>保存していない変更を破棄</translation>
    </message>
    <message>
        <source>Withdraw finding</source>
        <translation>発見事項の取下げ</translation>
    </message>
    <message>
        <source>Withdraw draft finding %1? It was raised in error; the trail keeps it.</source>
        <translation>草案の発見事項 %1 を取り下げますか？誤って起票したものとして扱い、監査証跡には残ります。</translation>
    </message>
    <message>
        <source>Cannot withdraw the finding</source>
        <translation>発見事項を取り下げられません</translation>
    </message>
    <message>
        <source>Finding %1, %2</source>
        <translation>指摘事項 %1 の%2</translation>
    </message>
    <message>
        <source>&amp;Copy reference</source>
        <translation>参照番号をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Withdraw draft finding…</source>
        <translation>草案の発見事項を取り下げる(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>ismap::ui::HistoryView</name>
    <message>
        <source>Select a row to see the whole change.</source>
        <translation>行を選択すると変更の全体が表示されます。</translation>
    </message>
    <message>
        <source>Item history from the audit trail</source>
        <translation>監査証跡による項目の履歴</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>The whole change of the selected history row</source>
        <translation>選択した履歴行の変更の全体</translation>
    </message>
</context>
<context>
    <name>ismap::ui::IssuanceChecklist</name>
    <message>
        <source>No workbook is open.</source>
        <translation>ワークブックが開かれていない。</translation>
    </message>
    <message>
        <source>Clean: nothing blocks the final report. The engagement lead can issue it, signed with the firm's certificate.</source>
        <translation>未了事項なし: 最終報告書の発行を妨げるものはない。業務執行責任者は監査機関の証明書で署名して発行できる。</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s) block the final report. Until they are closed a report is a draft. Double-click a gap to open its item.</source>
        <translation>
            <numerusform>%n 件の未了事項が最終報告書の発行を妨げている。解消されるまで報告書はドラフトとなる。ダブルクリックで該当項目を開く。</numerusform>
        </translation>
    </message>
    <message>
        <source>Issuance checklist</source>
        <translation>発行前チェックリスト</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>不足している事項</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>再読込(&amp;R)</translation>
    </message>
    <message>
        <source>Engagement sign-offs:</source>
        <translation>業務のサインオフ:</translation>
    </message>
    <message>
        <source>  %1: not signed yet</source>
        <translation>  %1: 未サインオフ</translation>
    </message>
    <message>
        <source>  %1: %2, %3 (key %4)</source>
        <translation>  %1: %2、%3（鍵 %4）</translation>
    </message>
</context>
<context>
    <name>ismap::ui::ItemWorkspace</name>
    <message>
        <source>Select an item in the navigator.</source>
        <translation>ナビゲーターで項目を選択してください。</translation>
    </message>
    <message>
        <source>not in scope</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1 %2&lt;/h2&gt;%3 · %4 · assigned to %5</source>
        <translation>&lt;h2&gt;%1 %2&lt;/h2&gt;%3 · %4 · 担当: %5</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>未割当</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>項目 %1</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>管理基準</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Mandatory: cannot be left out without a stated reason.</source>
        <translation>必須: 理由を明記せずに対象外とすることはできません。</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>根拠: %1</translation>
    </message>
    <message>
        <source>Statement (言明書)</source>
        <translation>言明書</translation>
    </message>
    <message>
        <source>The statement does not mention this item: applicability is undecided.</source>
        <translation>言明書にこの項目の記載がないため、適用可否は未決定です。</translation>
    </message>
    <message>
        <source>Applicability</source>
        <translation>適用可否</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Control description</source>
        <translation>統制の記述</translation>
    </message>
    <message>
        <source>Control description (English)</source>
        <translation>統制の記述（英語）</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>頻度</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>母集団</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>Criteria and statement</source>
        <translation>管理基準と言明書</translation>
    </message>
    <message>
        <source>Procedure steps</source>
        <translation>手続ステップ</translation>
    </message>
    <message>
        <source>Review and sign-off</source>
        <translation>査閲とサインオフ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Item workspace sections</source>
        <translation>項目作業画面のセクション</translation>
    </message>
    <message>
        <source>Criteria text and statement</source>
        <translation>管理基準の本文と言明書</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証跡</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>サンプリング</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>発見事項</translation>
    </message>
    <message>
        <source>Population count</source>
        <translation>母集団の件数</translation>
    </message>
    <message>
        <source>not stated — count the records in the CSP's ledger before sampling</source>
        <translation>記載なし — サンプル抽出の前に CSP の台帳で記録件数を数えてください</translation>
    </message>
    <message>
        <source>Population rationale</source>
        <translation>母集団の根拠</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>手続</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>査閲</translation>
    </message>
</context>
<context>
    <name>ismap::ui::MainWindow</name>
    <message>
        <source>Open workbook</source>
        <translation>ワークブックを開く</translation>
    </message>
    <message>
        <source>ISMAP workbooks (*.ismapwb)</source>
        <translation>ISMAPワークブック (*.ismapwb)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <source>Criteria revision %1</source>
        <translation>管理基準 改訂版: %1</translation>
    </message>
    <message>
        <source>ISMAP Audit Workbench</source>
        <translation>ISMAP Audit Workbench</translation>
    </message>
    <message>
        <source>No workbook open</source>
        <translation>ワークブックが開かれていません</translation>
    </message>
    <message>
        <source>Cannot open workbook</source>
        <translation>ワークブックを開けません</translation>
    </message>
    <message>
        <source>About ISMAP Audit Workbench</source>
        <translation>ISMAP Audit Workbench について</translation>
    </message>
    <message>
        <source>ISMAP Audit Workbench %1
Fieldwork, review and signed reports for ISMAP audits, offline.</source>
        <translation>ISMAP Audit Workbench %1
ISMAP監査における手続の実施、査閲、署名付き報告書の作成をオフラインで行います。</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイルを開く(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>一覧をクリア(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close workbook</source>
        <translation>ワークブックを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Who is working…</source>
        <translation>作業者を選択(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>「%1」を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>「%1」をやり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find in criteria…</source>
        <translation>管理基準を検索(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>ダッシュボード(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Item workspace</source>
        <translation>項目ワークスペース(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>ナビゲーター(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Walk</source>
        <translation>作業(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Next pending item</source>
        <translation>次の未完了項目(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous pending item</source>
        <translation>前の未完了項目(&amp;P)</translation>
    </message>
    <message>
        <source>Next &amp;step</source>
        <translation>次のステップ(&amp;S)</translation>
    </message>
    <message>
        <source>Record: no exception</source>
        <translation>記録: 例外なし</translation>
    </message>
    <message>
        <source>Record: deviation</source>
        <translation>記録: 逸脱</translation>
    </message>
    <message>
        <source>Record: not performed</source>
        <translation>記録: 実施不能</translation>
    </message>
    <message>
        <source>Record: not applicable</source>
        <translation>記録: 対象外</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>バージョン情報(&amp;A)</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>ナビゲーター</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>ビュー</translation>
    </message>
    <message>
        <source>Who is working</source>
        <translation>作業者</translation>
    </message>
    <message>
        <source> · finalised</source>
        <translation> · 確定済み</translation>
    </message>
    <message>
        <source> · read-only</source>
        <translation> · 読み取り専用</translation>
    </message>
    <message>
        <source>Working as %1 (%2)</source>
        <translation>作業者: %1（%2）</translation>
    </message>
    <message>
        <source>No team member chosen</source>
        <translation>作業者が選択されていません</translation>
    </message>
    <message>
        <source>%1: %2 is not on the engagement team.</source>
        <translation>%1: %2は業務チームのメンバーではありません。</translation>
    </message>
    <message>
        <source>No pending item among those shown.</source>
        <translation>表示中の項目に未完了の項目はありません。</translation>
    </message>
    <message>
        <source>Re&amp;port…</source>
        <translation>報告書(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Verify report…</source>
        <translation>報告書の検証(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新規作成(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>査閲(&amp;R)</translation>
    </message>
    <message>
        <source>Review &amp;queue</source>
        <translation>査閲待ち一覧(&amp;Q)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel ブック (*.xlsx);;CSV、UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>書き出し(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Findings list…</source>
        <translation>発見事項一覧(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Sample selections…</source>
        <translation>サンプル抽出一覧(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Evidence index…</source>
        <translation>証跡一覧(&amp;E)…</translation>
    </message>
    <message>
        <source>Status &amp;overview…</source>
        <translation>進捗一覧(&amp;O)…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%1 に %n 行を書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Statement and scope…</source>
        <translation>言明書と対象範囲(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Request list…</source>
        <translation>依頼資料一覧(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;quests to the CSP…</source>
        <translation>CSP への依頼資料(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Issuance checklist…</source>
        <translation>発行前チェックリスト(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>マニュアル(&amp;M)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>スタート</translation>
    </message>
    <message>
        <source>Create rep&amp;lica…</source>
        <translation>レプリカの作成(&amp;L)…</translation>
    </message>
    <message>
        <source>S&amp;ynchronise…</source>
        <translation>同期(&amp;Y)…</translation>
    </message>
</context>
<context>
    <name>ismap::ui::ManualDialog</name>
    <message>
        <source>Manual</source>
        <translation>マニュアル</translation>
    </message>
</context>
<context>
    <name>ismap::ui::MemberDialog</name>
    <message>
        <source>Who is working?</source>
        <translation>作業者の選択</translation>
    </message>
    <message>
        <source>&amp;Team member working on this workbook (recorded in the audit trail):</source>
        <translation>このワークブックで作業するチームメンバー（証跡ログに記録されます）(&amp;T):</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>チームメンバー</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Create my key…</source>
        <translation>自分の鍵を作成…</translation>
    </message>
    <message>
        <source>Make your own signing key on this machine; the engagement lead registers its public key in the workbook.</source>
        <translation>このマシンで自分の署名鍵を作成します。公開鍵は業務執行責任者がワークブックに登録します。</translation>
    </message>
    <message>
        <source>Unlock your key</source>
        <translation>鍵のロック解除</translation>
    </message>
    <message>
        <source>Passphrase of %1's signing key (asked once per session):</source>
        <translation>%1 の署名鍵のパスフレーズ（セッションごとに 1 回入力）:</translation>
    </message>
    <message>
        <source>Cannot unlock the key</source>
        <translation>鍵のロックを解除できません</translation>
    </message>
    <message>
        <source>Create my key</source>
        <translation>自分の鍵を作成</translation>
    </message>
    <message>
        <source>A passphrase for %1's new signing key (it encrypts the key):</source>
        <translation>%1 の新しい署名鍵のパスフレーズ（鍵の暗号化に使用）:</translation>
    </message>
    <message>
        <source>The passphrase is kept in the OS keychain.</source>
        <translation>パスフレーズは OS のキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>The OS keychain is not available: you will be asked for the passphrase once per session.</source>
        <translation>OS のキーチェーンを利用できません。セッションごとに 1 回パスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>Key created</source>
        <translation>鍵を作成しました</translation>
    </message>
    <message>
        <source>%1's key was made: %2 (encrypted). %3

Give the engagement lead the public key %4 and compare its fingerprint by phone or in person:
%5</source>
        <translation>%1 の鍵を作成しました: %2（暗号化済み）。%3

公開鍵 %4 を業務執行責任者に渡し、フィンガープリントを電話または対面で照合してください:
%5</translation>
    </message>
    <message>
        <source>Cannot create the key</source>
        <translation>鍵を作成できません</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>確認のため、同じパスフレーズをもう一度入力してください:</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was made.</source>
        <translation>2 回入力したパスフレーズが一致しません。鍵は作成されていません。</translation>
    </message>
</context>
<context>
    <name>ismap::ui::MemberKeysDialog</name>
    <message>
        <source>Member keys</source>
        <translation>メンバー鍵</translation>
    </message>
    <message>
        <source>Each member signs their sign-offs with their own key, made on their own machine. The engagement lead registers a member's public key after comparing its fingerprint with the member by phone or in person. Acting as %1.</source>
        <translation>各メンバーは自分のマシンで作成した自分の鍵でサインオフに署名します。業務執行責任者は、フィンガープリントを電話または対面でメンバーと照合したうえで、そのメンバーの公開鍵を登録します。現在の作業者: %1。</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>フィンガープリント</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有効開始</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有効終了</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>登録者</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>&amp;Create my key…</source>
        <translation>自分の鍵を作成(&amp;C)…</translation>
    </message>
    <message>
        <source>Make your own signing key on this machine, encrypted with a passphrase.</source>
        <translation>このマシンで自分の署名鍵を作成します（パスフレーズで暗号化）。</translation>
    </message>
    <message>
        <source>&amp;Register a key…</source>
        <translation>鍵を登録(&amp;R)…</translation>
    </message>
    <message>
        <source>Register a member's public key file in the workbook (engagement lead).</source>
        <translation>メンバーの公開鍵ファイルをワークブックに登録します（業務執行責任者）。</translation>
    </message>
    <message>
        <source>R&amp;otate my key…</source>
        <translation>自分の鍵を更新(&amp;O)…</translation>
    </message>
    <message>
        <source>Replace your key by a new one; the old key signs nothing from now on.</source>
        <translation>自分の鍵を新しい鍵に置き換えます。以後、古い鍵では何も署名されません。</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>失効(&amp;V)…</translation>
    </message>
    <message>
        <source>Revoke the selected member's key from now (the member or the engagement lead).</source>
        <translation>選択したメンバーの鍵を現時点で失効させます（本人または業務執行責任者）。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Register a key</source>
        <translation>鍵の登録</translation>
    </message>
    <message>
        <source>Whose public key is it?</source>
        <translation>誰の公開鍵ですか？</translation>
    </message>
    <message>
        <source>%1's public key</source>
        <translation>%1 の公開鍵</translation>
    </message>
    <message>
        <source>Public keys (*.pem);;All files (*)</source>
        <translation>公開鍵 (*.pem);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
    <message>
        <source>Register this key as %1's?

Fingerprint:
%2

Compare it with %1 by phone or in person before you register it.</source>
        <translation>この鍵を %1 の鍵として登録しますか？

フィンガープリント:
%2

登録する前に、%1 と電話または対面で照合してください。</translation>
    </message>
    <message>
        <source>Rotate my key</source>
        <translation>自分の鍵の更新</translation>
    </message>
    <message>
        <source>Replace %1's key by a new one? The old key signs nothing from now on; the engagement lead need not register the new one (your old key endorses it).</source>
        <translation>%1 の鍵を新しい鍵に置き換えますか？以後、古い鍵では何も署名されません。新しい鍵は古い鍵が保証するため、業務執行責任者が登録し直す必要はありません。</translation>
    </message>
    <message>
        <source>%1's key was rotated. Fingerprint of the new key:
%2</source>
        <translation>%1 の鍵を更新しました。新しい鍵のフィンガープリント:
%2</translation>
    </message>
    <message>
        <source>Revoke a key</source>
        <translation>鍵の失効</translation>
    </message>
    <message>
        <source>Why is %1's key revoked? (recorded in the audit trail)</source>
        <translation>%1 の鍵を失効させる理由（監査証跡に記録されます）:</translation>
    </message>
    <message>
        <source>%1's key %2 is revoked; it signs nothing from now on.</source>
        <translation>%1 の鍵 %2 を失効させました。以後、この鍵では何も署名されません。</translation>
    </message>
</context>
<context>
    <name>ismap::ui::NavigatorWidget</name>
    <message numerus="yes">
        <source>%n item(s) shown</source>
        <translation>
            <numerusform>%n件を表示中</numerusform>
        </translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>すべての担当者</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>Search titles, statement, notes, findings…</source>
        <translation>タイトル、言明書、メモ、発見事項を検索…</translation>
    </message>
    <message>
        <source>Search the criteria</source>
        <translation>管理基準を検索</translation>
    </message>
    <message>
        <source>Full-text search; every word must match. Ctrl+F</source>
        <translation>全文検索（すべての語句に一致する項目を表示）。Ctrl+F</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>ステータスで絞り込み</translation>
    </message>
    <message>
        <source>Filter by assignee</source>
        <translation>担当者で絞り込み</translation>
    </message>
    <message>
        <source>&amp;Mandatory only</source>
        <translation>必須のみ(&amp;M)</translation>
    </message>
    <message>
        <source>Show mandatory items only</source>
        <translation>必須項目のみ表示</translation>
    </message>
    <message>
        <source>With &amp;deviations</source>
        <translation>逸脱あり(&amp;D)</translation>
    </message>
    <message>
        <source>Show items with deviations only</source>
        <translation>逸脱のある項目のみ表示</translation>
    </message>
    <message>
        <source>Criteria navigator</source>
        <translation>管理基準ナビゲーター</translation>
    </message>
    <message>
        <source>Items shown</source>
        <translation>表示中の項目</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <source>Not in this year's cycle</source>
        <translation>今年度のサイクル対象外</translation>
    </message>
    <message>
        <source>%1 / %2 in scope</source>
        <translation>対象 %1 / %2</translation>
    </message>
    <message>
        <source>%1 / %2 steps</source>
        <translation>%1 / %2 ステップ</translation>
    </message>
    <message>
        <source>%1 / %2 done</source>
        <translation>完了 %1 / %2</translation>
    </message>
</context>
<context>
    <name>ismap::ui::NewWorkbookWizard</name>
    <message>
        <source>Official criteria catalog</source>
        <translation>公式の管理基準</translation>
    </message>
    <message>
        <source>Catalog (*.csv *.xlsx)</source>
        <translation>管理基準 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Statement (言明書)</source>
        <translation>言明書</translation>
    </message>
    <message>
        <source>Statement (*.csv *.xlsx)</source>
        <translation>言明書 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Save the new workbook</source>
        <translation>新しいワークブックの保存</translation>
    </message>
    <message>
        <source>ISMAP workbooks (*.ismapwb)</source>
        <translation>ISMAPワークブック (*.ismapwb)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — %2, %3 to %4, %5 team members. Criteria: %6. Statement: %7.</source>
        <translation>%1 — %2、%3～%4、チーム%5名。管理基準: %6。言明書: %7。</translation>
    </message>
    <message>
        <source>built-in (revision %1)</source>
        <translation>組み込み（改訂版 %1）</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>未取込</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>監査業務</translation>
    </message>
    <message>
        <source>Criteria catalog: choose the official catalog file.</source>
        <translation>管理基準: 公式の管理基準ファイルを選んでください。</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: ファイルが見つかりません。</translation>
    </message>
    <message>
        <source>The workbook was not created:</source>
        <translation>ワークブックは作成されませんでした:</translation>
    </message>
    <message>
        <source>New workbook</source>
        <translation>新しいワークブック</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>作成(&amp;C)</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>監査業務</translation>
    </message>
    <message>
        <source>Who is audited, for which service and period, under which scheme.</source>
        <translation>監査対象の事業者、サービス、期間、制度。</translation>
    </message>
    <message>
        <source>Engagement team</source>
        <translation>監査チーム</translation>
    </message>
    <message>
        <source>Staff prepare, reviewers review, the engagement lead reviews and finalises. Name at least the lead.</source>
        <translation>スタッフが作成し、査閲者と業務執行責任者が査閲します。確定は業務執行責任者が行います（必須）。</translation>
    </message>
    <message>
        <source>Criteria and statement</source>
        <translation>管理基準と言明書</translation>
    </message>
    <message>
        <source>The criteria catalog the audit follows and, if you have it, the CSP's statement of applicability (言明書).</source>
        <translation>監査で用いる管理基準と、入手済みであればクラウドサービス事業者の言明書。</translation>
    </message>
    <message>
        <source>Save the workbook</source>
        <translation>ワークブックの保存</translation>
    </message>
    <message>
        <source>One file holds the whole engagement: criteria, statement, fieldwork, evidence and the audit trail.</source>
        <translation>1つのファイルに監査業務のすべて（管理基準、言明書、実施手続、証跡、監査証跡ログ）を保存します。</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>Cloud service &amp;provider:</source>
        <translation>クラウドサービス事業者(&amp;P):</translation>
    </message>
    <message>
        <source>Cloud &amp;service:</source>
        <translation>クラウドサービス(&amp;S):</translation>
    </message>
    <message>
        <source>Audit &amp;firm (optional):</source>
        <translation>監査法人（任意）(&amp;F):</translation>
    </message>
    <message>
        <source>Audit p&amp;eriod:</source>
        <translation>監査対象期間(&amp;E):</translation>
    </message>
    <message>
        <source>S&amp;cheme:</source>
        <translation>制度(&amp;C):</translation>
    </message>
    <message>
        <source>Audit &amp;kind:</source>
        <translation>監査の種類(&amp;K):</translation>
    </message>
    <message>
        <source>Criteria catalog</source>
        <translation>管理基準</translation>
    </message>
    <message>
        <source>&amp;Statement file (CSV or XLSX, optional):</source>
        <translation>言明書ファイル（CSVまたはXLSX、任意）(&amp;S):</translation>
    </message>
    <message>
        <source>Items the statement puts in scope get their procedure steps at once. Every row is checked first: if any row is wrong, nothing is created and every problem is listed.</source>
        <translation>言明書で対象とされた項目には、すぐに監査手続が作成されます。先にすべての行を検査し、1行でも誤りがあれば何も作成せず、すべての問題を一覧表示します。</translation>
    </message>
    <message>
        <source>&amp;Workbook file:</source>
        <translation>ワークブックファイル(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Open as:</source>
        <translation>作業者(&amp;O):</translation>
    </message>
    <message>
        <source>Cloud service provider</source>
        <translation>クラウドサービス事業者</translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation>クラウドサービス</translation>
    </message>
    <message>
        <source>Audit firm</source>
        <translation>監査法人</translation>
    </message>
    <message>
        <source>Audit period, first day</source>
        <translation>監査対象期間の開始日</translation>
    </message>
    <message>
        <source>Audit period, last day</source>
        <translation>監査対象期間の終了日</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>制度</translation>
    </message>
    <message>
        <source>ISMAP (standard)</source>
        <translation>ISMAP（標準）</translation>
    </message>
    <message>
        <source>ISMAP-LIU (low-impact use)</source>
        <translation>ISMAP-LIU（リスクの小さな業務・情報の処理に用いるSaaS）</translation>
    </message>
    <message>
        <source>Audit kind</source>
        <translation>監査の種類</translation>
    </message>
    <message>
        <source>Initial audit (design effectiveness)</source>
        <translation>初回監査（整備状況評価）</translation>
    </message>
    <message>
        <source>Renewal audit (operating effectiveness)</source>
        <translation>更新監査（運用状況評価）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Name of a team member…</source>
        <translation>チームメンバーの氏名…</translation>
    </message>
    <message>
        <source>New team member's name</source>
        <translation>追加するメンバーの氏名</translation>
    </message>
    <message>
        <source>New team member's role</source>
        <translation>追加するメンバーの役割</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>メンバーを追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>選択したメンバーを削除(&amp;R)</translation>
    </message>
    <message>
        <source>B&amp;uilt-in ISMAP criteria (revision %1, bundled with the application)</source>
        <translation>組み込みのISMAP管理基準（改訂版 %1、アプリケーション同梱）(&amp;U)</translation>
    </message>
    <message>
        <source>Official catalog &amp;file (CSV or XLSX):</source>
        <translation>公式の管理基準ファイル（CSVまたはXLSX）(&amp;F):</translation>
    </message>
    <message>
        <source>Official catalog file</source>
        <translation>公式の管理基準ファイル</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Browse for the catalog file</source>
        <translation>管理基準ファイルを参照</translation>
    </message>
    <message>
        <source>Statement file</source>
        <translation>言明書ファイル</translation>
    </message>
    <message>
        <source>Browse for the statement file</source>
        <translation>言明書ファイルを参照</translation>
    </message>
    <message>
        <source>Workbook file</source>
        <translation>ワークブックファイル</translation>
    </message>
    <message>
        <source>Choose where to save the workbook</source>
        <translation>ワークブックの保存先を選ぶ</translation>
    </message>
    <message>
        <source>Open as team member</source>
        <translation>作業するチームメンバー</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題点</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題点</translation>
    </message>
    <message>
        <source>Sco&amp;pe (optional):</source>
        <translation>対象範囲（任意）(&amp;P):</translation>
    </message>
    <message>
        <source>Engagement scope</source>
        <translation>業務の対象範囲</translation>
    </message>
    <message>
        <source>e.g. the IaaS in the Tokyo and Osaka regions, management console and API</source>
        <translation>例: 東京・大阪リージョンの IaaS、管理コンソールと API</translation>
    </message>
</context>
<context>
    <name>ismap::ui::ReportDialog</name>
    <message>
        <source>Write report</source>
        <translation>報告書の作成</translation>
    </message>
    <message>
        <source>Writes the report of the results of procedures performed (実施結果報告書) of the open workbook as a PDF: a signed report for submission, or an unsigned draft.</source>
        <translation>開いているワークブックの実施結果報告書をPDFで作成します。提出用の署名付き報告書、または署名なしの下書きを作成できます。</translation>
    </message>
    <message>
        <source>&amp;Output file:</source>
        <translation>出力ファイル(&amp;O):</translation>
    </message>
    <message>
        <source>Output PDF file</source>
        <translation>出力PDFファイル</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the output PDF file</source>
        <translation>出力PDFファイルを選択</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>報告書の言語</translation>
    </message>
    <message>
        <source>Japanese and English</source>
        <translation>日本語と英語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>署名:</translation>
    </message>
    <message>
        <source>&amp;Unsigned draft</source>
        <translation>署名なしの下書き(&amp;U)</translation>
    </message>
    <message>
        <source>Unsigned draft</source>
        <translation>署名なしの下書き</translation>
    </message>
    <message>
        <source>&amp;Sign with the firm's certificate (PKCS#12 file)</source>
        <translation>監査機関の証明書（PKCS#12ファイル）で署名(&amp;S)</translation>
    </message>
    <message>
        <source>Sign with the firm's certificate</source>
        <translation>監査機関の証明書で署名</translation>
    </message>
    <message>
        <source>firm.p12</source>
        <translation>firm.p12</translation>
    </message>
    <message>
        <source>Signer certificate (PKCS#12 file)</source>
        <translation>署名者の証明書（PKCS#12ファイル）</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the signer certificate</source>
        <translation>署名者の証明書を選択</translation>
    </message>
    <message>
        <source>&amp;Forget passphrase</source>
        <translation>パスフレーズを削除(&amp;F)</translation>
    </message>
    <message>
        <source>Forget the remembered passphrase</source>
        <translation>記憶したパスフレーズを削除</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <source>Passphrase of the PKCS#12 file</source>
        <translation>PKCS#12ファイルのパスフレーズ</translation>
    </message>
    <message>
        <source>&amp;Remember passphrase in the system keychain</source>
        <translation>パスフレーズをシステムのキーチェーンに記憶(&amp;R)</translation>
    </message>
    <message>
        <source>Remember passphrase in the system keychain</source>
        <translation>パスフレーズをシステムのキーチェーンに記憶</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>&amp;Write report</source>
        <translation>報告書を作成(&amp;W)</translation>
    </message>
    <message>
        <source>Write the report</source>
        <translation>報告書を作成</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel writing the report</source>
        <translation>報告書の作成をキャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>PDFを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the written PDF</source>
        <translation>作成したPDFを開く</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>検証(&amp;V)…</translation>
    </message>
    <message>
        <source>Verify the written report</source>
        <translation>作成した報告書を検証</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>印刷プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <source>Print preview of the written report</source>
        <translation>作成した報告書の印刷プレビュー</translation>
    </message>
    <message>
        <source>Choose the firm's PKCS#12 file (.p12 or .pfx).</source>
        <translation>監査機関のPKCS#12ファイル（.p12または.pfx）を選択してください。</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation>ファイルが存在しません。</translation>
    </message>
    <message>
        <source>This file needs no passphrase.</source>
        <translation>このファイルにはパスフレーズは不要です。</translation>
    </message>
    <message>
        <source>The passphrase is remembered in the system keychain.</source>
        <translation>パスフレーズはシステムのキーチェーンに記憶されています。</translation>
    </message>
    <message>
        <source>This file is protected by a passphrase.</source>
        <translation>このファイルはパスフレーズで保護されています。</translation>
    </message>
    <message>
        <source>This file is protected by a passphrase. The system keychain cannot be used: %1</source>
        <translation>このファイルはパスフレーズで保護されています。システムのキーチェーンを使用できません: %1</translation>
    </message>
    <message>
        <source>Write report to</source>
        <translation>報告書の保存先</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Signer certificate</source>
        <translation>署名者の証明書</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12ファイル (*.p12 *.pfx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The passphrase was removed from the system keychain.</source>
        <translation>パスフレーズをシステムのキーチェーンから削除しました。</translation>
    </message>
    <message>
        <source>Replace report</source>
        <translation>報告書の置き換え</translation>
    </message>
    <message>
        <source>%1 exists. Replace it with the new report?</source>
        <translation>%1 は既に存在します。新しい報告書で置き換えますか？</translation>
    </message>
    <message>
        <source>Choose the firm's PKCS#12 file, or write an unsigned draft.</source>
        <translation>監査機関のPKCS#12ファイルを選択するか、署名なしの下書きを作成してください。</translation>
    </message>
    <message>
        <source>The passphrase remembered in the system keychain no longer opens %1; it was forgotten. Enter the passphrase.</source>
        <translation>システムのキーチェーンに記憶されていたパスフレーズでは %1 を開けなくなったため、削除しました。パスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>Enter the passphrase of %1.</source>
        <translation>%1 のパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>報告書を作成しています…</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>報告書を作成できませんでした: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n pages, unsigned draft).</source>
        <translation>
            <numerusform>%1 を作成しました（%nページ、署名なしの下書き）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>キャンセルしました。ファイルは作成されていません。</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>PDFを開く</translation>
    </message>
    <message>
        <source>%1: no application opens PDF files here.</source>
        <translation>%1: この環境にはPDFファイルを開くアプリケーションがありません。</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>印刷プレビュー</translation>
    </message>
    <message>
        <source>%1: the PDF cannot be read.</source>
        <translation>%1: PDFを読み込めません。</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>印刷プレビュー — %1</translation>
    </message>
    <message>
        <source>Report &amp;date:</source>
        <translation>報告日(&amp;D):</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>報告日</translation>
    </message>
    <message>
        <source>The date printed on the cover and the signature page (default: today in Japan).</source>
        <translation>表紙と署名ページに記載する日付（既定: 日本時間の今日）。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n pages, DRAFT), signed by %2.</source>
        <translation>
            <numerusform>%1 を書き出した(%n ページ、ドラフト)。署名者: %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issued the final report %1 (%n pages), signed by %2; the engagement is archived.</source>
        <translation>
            <numerusform>最終報告書 %1 を発行した(%n ページ)。署名者: %2。業務は保存(アーカイブ)された。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ismap::ui::ReportVerifyDialog</name>
    <message>
        <source>Report to verify</source>
        <translation>検証する報告書</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF文書 (*.pdf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Trusted CA certificate</source>
        <translation>信頼する認証局の証明書</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Verify report</source>
        <translation>報告書の検証</translation>
    </message>
    <message>
        <source>Checks a signed report: that it is intact and the signature covers the whole document, who signed it and when, whether the signer chains to a CA you trust, and whether it was written from the open workbook as it is now.</source>
        <translation>署名付き報告書を検証します。改ざんがなく署名が文書全体を対象としているか、誰がいつ署名したか、署名者が信頼する認証局につながるか、開いているワークブックの現在の状態から作成されたものかを確認します。</translation>
    </message>
    <message>
        <source>&amp;Report (PDF):</source>
        <translation>報告書（PDF）(&amp;R):</translation>
    </message>
    <message>
        <source>Report PDF file to verify</source>
        <translation>検証する報告書のPDFファイル</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the report to verify</source>
        <translation>検証する報告書を選択</translation>
    </message>
    <message>
        <source>Trusted &amp;CA (PEM, optional):</source>
        <translation>信頼する認証局（PEM、任意）(&amp;C):</translation>
    </message>
    <message>
        <source>Trusted CA certificate file</source>
        <translation>信頼する認証局の証明書ファイル</translation>
    </message>
    <message>
        <source>Without a CA, trust is not checked</source>
        <translation>認証局を指定しない場合、信頼性は確認されません</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the trusted CA certificate</source>
        <translation>信頼する認証局の証明書を選択</translation>
    </message>
    <message>
        <source>Compare &amp;with the open workbook (%1)</source>
        <translation>開いているワークブックと照合(&amp;W)（%1）</translation>
    </message>
    <message>
        <source>Compare &amp;with the open workbook (none open)</source>
        <translation>開いているワークブックと照合(&amp;W)（開いていません）</translation>
    </message>
    <message>
        <source>Compare the report with the open workbook</source>
        <translation>報告書を開いているワークブックと照合</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>検証(&amp;V)</translation>
    </message>
    <message>
        <source>Verify the report</source>
        <translation>報告書を検証</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>検証結果</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>署名:</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>署名者:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>発行者:</translation>
    </message>
    <message>
        <source>Signing time:</source>
        <translation>署名日時:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>Coverage:</source>
        <translation>署名範囲:</translation>
    </message>
    <message>
        <source>Trust:</source>
        <translation>信頼性:</translation>
    </message>
    <message>
        <source>Manifest:</source>
        <translation>マニフェスト:</translation>
    </message>
    <message>
        <source>Choose the report to verify.</source>
        <translation>検証する報告書を選択してください。</translation>
    </message>
    <message>
        <source>Choose a report and press Verify.</source>
        <translation>報告書を選択して［検証］を押してください。</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>検証しています…</translation>
    </message>
    <message>
        <source>Valid: the report is intact and its signature covers the whole document.</source>
        <translation>有効: 報告書に改ざんはなく、署名は文書全体を対象としています。</translation>
    </message>
    <message>
        <source>Tampered: the report was changed after it was signed. Do not rely on it.</source>
        <translation>改ざんあり: 報告書は署名後に変更されています。この報告書を信頼しないでください。</translation>
    </message>
    <message>
        <source>Untrusted: the report is intact, but the signer does not chain to the chosen CA.</source>
        <translation>信頼されていない: 報告書に改ざんはありませんが、署名者は選択した認証局につながりません。</translation>
    </message>
    <message>
        <source>Unsigned: this PDF carries no signature (a draft).</source>
        <translation>未署名: このPDFには署名がありません（下書き）。</translation>
    </message>
    <message>
        <source>Cannot be verified: the file is not a readable signed report.</source>
        <translation>検証できません: このファイルは読み取り可能な署名付き報告書ではありません。</translation>
    </message>
    <message>
        <source>The signature is valid, but the report does not match the open workbook.</source>
        <translation>署名は有効ですが、報告書は開いているワークブックと一致しません。</translation>
    </message>
    <message>
        <source>%1 (claimed by the signer; no timestamp)</source>
        <translation>%1（署名者の申告による日時。タイムスタンプなし）</translation>
    </message>
    <message>
        <source>the whole document</source>
        <translation>文書全体</translation>
    </message>
    <message>
        <source>NOT the whole document (signed up to byte %1 of %2)</source>
        <translation>文書全体ではありません（%2バイト中%1バイト目まで署名）</translation>
    </message>
    <message>
        <source>not checked (choose a trusted CA)</source>
        <translation>未確認（信頼する認証局を選択してください）</translation>
    </message>
    <message>
        <source>trusted (chains to %1)</source>
        <translation>信頼済み（%1 につながります）</translation>
    </message>
    <message>
        <source>NOT trusted: %1</source>
        <translation>信頼されていません: %1</translation>
    </message>
    <message>
        <source>MISSING: the report carries no manifest with a trail head</source>
        <translation>なし: 報告書に証跡ヘッドを含むマニフェストがありません</translation>
    </message>
    <message>
        <source>DOES NOT MATCH the open workbook: the report is of another engagement (%1)</source>
        <translation>開いているワークブックと一致しません: 報告書は別の業務（%1）のものです</translation>
    </message>
    <message>
        <source>DOES NOT MATCH the open workbook: report trail head %1, workbook %2 (the workbook changed since the report, or it is another workbook)</source>
        <translation>開いているワークブックと一致しません: 報告書の証跡ヘッド %1、ワークブック %2（報告書作成後にワークブックが変更されたか、別のワークブックです）</translation>
    </message>
    <message>
        <source>matches the open workbook (trail head %1)</source>
        <translation>開いているワークブックと一致します（証跡ヘッド %1）</translation>
    </message>
    <message>
        <source>present</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>trail head %1 (not compared with a workbook)</source>
        <translation>証跡ヘッド %1（ワークブックとは照合していません）</translation>
    </message>
    <message>
        <source>Intact, but trust not confirmed: the signature covers the whole document, but no trusted CA was chosen to check who signed it.</source>
        <translation>改ざんはありませんが、信頼は未確認です。署名は文書全体を対象としていますが、署名者を確認するための信頼できる CA が選択されていません。</translation>
    </message>
    <message>
        <source>not checked against %1: the signature itself does not hold</source>
        <translation>%1 に対しては確認していません(署名そのものが成立していません)</translation>
    </message>
    <message>
        <source>matches the open workbook: issued from it at trail head %1, nothing changed since</source>
        <translation>開いているワークブックと一致: 監査証跡の先頭 %1 の時点で発行され、以後変更はない</translation>
    </message>
</context>
<context>
    <name>ismap::ui::RequestsDialog</name>
    <message>
        <source>Returned request list</source>
        <translation>返送された依頼資料一覧</translation>
    </message>
    <message>
        <source>Request lists (*.xlsx *.csv)</source>
        <translation>依頼資料一覧 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>The workbook is read-only or finalised, or nobody is working.</source>
        <translation>ワークブックが読み取り専用か確定済み、または作業者が選ばれていません。</translation>
    </message>
    <message>
        <source>Select a request in the list first.</source>
        <translation>先に一覧から依頼を選んでください。</translation>
    </message>
    <message>
        <source>Add request</source>
        <translation>依頼の追加</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>依頼 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n request(s) changed.</source>
        <translation>
            <numerusform>%1: %n 件の依頼を更新しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests to the CSP</source>
        <translation>CSP への依頼資料</translation>
    </message>
    <message>
        <source>The request "%1" was not added. Close anyway?</source>
        <translation>依頼「%1」は追加されていません。閉じますか？</translation>
    </message>
    <message>
        <source>What the team asked the CSP for (依頼資料). Export the list with File → Export → Request list, send it to the CSP, and read their returned copy here to update the statuses.</source>
        <translation>チームが CSP に依頼した資料です。ファイル → 書き出し → 依頼資料一覧で書き出して CSP に送り、返送された一覧をここで読み込むと状態が更新されます。</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>管理策</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>依頼内容</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>依頼日</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受領日</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証跡</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>管理策(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;What is asked for:</source>
        <translation>依頼内容(&amp;W):</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>期限(&amp;U):</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>e.g. the access review records of the period</source>
        <translation>例: 対象期間のアクセス権レビュー記録</translation>
    </message>
    <message>
        <source>&amp;Add request</source>
        <translation>依頼を追加(&amp;A)</translation>
    </message>
    <message>
        <source>Mark &amp;received</source>
        <translation>受領済にする(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>取り下げる(&amp;W)</translation>
    </message>
    <message>
        <source>Read returned &amp;copy…</source>
        <translation>返送された一覧を読み込む(&amp;C)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>依頼資料</translation>
    </message>
    <message>
        <source>What is asked for</source>
        <translation>依頼内容</translation>
    </message>
</context>
<context>
    <name>ismap::ui::ReviewPanel</name>
    <message>
        <source>Open</source>
        <translation>未解消</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解消済み</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Prepared by %1 on %2</source>
        <translation>作成者サインオフ: %1（%2）</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2</source>
        <translation>査閲者サインオフ: %1（%2）</translation>
    </message>
    <message>
        <source>&lt;s&gt;%1&lt;/s&gt; — voided %2: %3</source>
        <translation>&lt;s&gt;%1&lt;/s&gt; — %2 に無効化: %3</translation>
    </message>
    <message>
        <source>Not signed off yet.</source>
        <translation>まだサインオフされていません。</translation>
    </message>
    <message>
        <source>Cannot raise the review note</source>
        <translation>査閲コメントを起票できません</translation>
    </message>
    <message>
        <source>Cannot resolve the review note</source>
        <translation>査閲コメントを解消できません</translation>
    </message>
    <message>
        <source>Cannot sign off</source>
        <translation>サインオフできません</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>査閲コメント</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>起票</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>対応内容</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>査閲コメント</translation>
    </message>
    <message>
        <source>New review note…</source>
        <translation>新しい査閲コメント…</translation>
    </message>
    <message>
        <source>New review note</source>
        <translation>新しい査閲コメント</translation>
    </message>
    <message>
        <source>Raise note</source>
        <translation>コメントを起票</translation>
    </message>
    <message>
        <source>Resolution of the selected note…</source>
        <translation>選択したコメントの対応内容…</translation>
    </message>
    <message>
        <source>Resolve note</source>
        <translation>コメントを解消</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>サインオフ</translation>
    </message>
    <message>
        <source>Sign off as preparer</source>
        <translation>作成者としてサインオフ</translation>
    </message>
    <message>
        <source>Sign off as reviewer</source>
        <translation>査閲者としてサインオフ</translation>
    </message>
    <message>
        <source>Review note not raised</source>
        <translation>未起票の査閲コメント</translation>
    </message>
    <message>
        <source>Resolution not given</source>
        <translation>未入力の対応内容</translation>
    </message>
    <message>
        <source>Select an item in the navigator.</source>
        <translation>ナビゲーターで項目を選択してください。</translation>
    </message>
    <message>
        <source>Raise a review note on this item</source>
        <translation>この項目に査閲コメントを起票します</translation>
    </message>
    <message>
        <source>Resolve the selected review note</source>
        <translation>選択した査閲コメントを解消します</translation>
    </message>
    <message>
        <source>Sign the item off as its preparer</source>
        <translation>作成者としてこの項目に署名します</translation>
    </message>
    <message>
        <source>Sign the item off as its reviewer</source>
        <translation>査閲者としてこの項目に署名します</translation>
    </message>
</context>
<context>
    <name>ismap::ui::ReviewQueue</name>
    <message>
        <source>Review queue (%1)</source>
        <translation>査閲待ち（%1）</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>査閲待ち</translation>
    </message>
    <message>
        <source>Open a workbook to see the items waiting for review.</source>
        <translation>ワークブックを開くと、査閲待ちの項目が表示されます。</translation>
    </message>
    <message>
        <source>%1 prepared and awaiting review · %2 with open review notes · %3 reviewed and awaiting the lead</source>
        <translation>作成済み・査閲待ち %1件 · 未解消の査閲コメントあり %2件 · 査閲済み・業務執行責任者待ち %3件</translation>
    </message>
    <message>
        <source>The engagement was finalised by %1 on %2; nothing can be changed until the lead reopens it.</source>
        <translation>業務は %1 により %2 に確定されました。業務執行責任者が確定を解除するまで、変更できません。</translation>
    </message>
    <message>
        <source>Finalise the engagement</source>
        <translation>業務の確定</translation>
    </message>
    <message>
        <source>Finalise the engagement? Afterwards every change is refused until the engagement lead reopens it with a reason.</source>
        <translation>業務を確定しますか？ 確定後は、業務執行責任者が理由を付して確定を解除するまで、すべての変更が拒否されます。</translation>
    </message>
    <message>
        <source>Cannot finalise the engagement</source>
        <translation>業務を確定できません</translation>
    </message>
    <message>
        <source>Unlock the engagement</source>
        <translation>業務の確定解除</translation>
    </message>
    <message>
        <source>Why is the finalised engagement being reopened? The reason is recorded in the audit trail.</source>
        <translation>確定済みの業務を再開する理由を入力してください。理由は監査証跡ログに記録されます。</translation>
    </message>
    <message>
        <source>Cannot unlock the engagement</source>
        <translation>業務の確定を解除できません</translation>
    </message>
    <message>
        <source>Review summary</source>
        <translation>査閲の概要</translation>
    </message>
    <message>
        <source>&amp;Open item</source>
        <translation>項目を開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected item</source>
        <translation>選択した項目を開く</translation>
    </message>
    <message>
        <source>&amp;Finalise engagement…</source>
        <translation>業務を確定(&amp;F)…</translation>
    </message>
    <message>
        <source>Lock the engagement against every change (engagement lead only)</source>
        <translation>業務を確定し、以後の変更をすべて拒否します（業務執行責任者のみ）</translation>
    </message>
    <message>
        <source>&amp;Unlock engagement…</source>
        <translation>業務の確定を解除(&amp;U)…</translation>
    </message>
    <message>
        <source>Reopen the finalised engagement, with a reason (engagement lead only)</source>
        <translation>理由を付して確定済みの業務を再開します（業務執行責任者のみ）</translation>
    </message>
    <message>
        <source>Sign the whole engagement off with your key (engagement lead, then the quality reviewer)</source>
        <translation>自分の鍵で業務全体にサインオフします（業務執行責任者、次に審査担当者）</translation>
    </message>
    <message>
        <source>Sign the engagement off</source>
        <translation>業務のサインオフ</translation>
    </message>
    <message>
        <source>Sign the engagement off as %1, with your key? The sign-off covers the engagement and every item's sign-offs as they are now.</source>
        <translation>%1 として自分の鍵で業務にサインオフしますか？このサインオフは、現時点の業務と各項目のサインオフの内容を対象とします。</translation>
    </message>
    <message>
        <source>&amp;Sign the engagement off…</source>
        <translation>業務にサインオフ(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>ismap::ui::ReviewQueueModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n open: %1</source>
        <translation>
            <numerusform>未解消%n件: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Oldest open note, raised by %1: %2</source>
        <translation>最も古い未解消のコメント（%1 が起票）: %2</translation>
    </message>
    <message>
        <source>Prepared by %1 on %2</source>
        <translation>作成者サインオフ: %1（%2）</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2</source>
        <translation>査閲者サインオフ: %1（%2）</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>査閲者</translation>
    </message>
    <message>
        <source>Open review notes</source>
        <translation>未解消の査閲コメント</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>担当者</translation>
    </message>
</context>
<context>
    <name>ismap::ui::SampleItemsModel</name>
    <message>
        <source>Pending</source>
        <translation>未了</translation>
    </message>
    <message>
        <source>Fail — deviation</source>
        <translation>不適合 — 逸脱</translation>
    </message>
    <message>
        <source>No finding yet</source>
        <translation>発見事項なし</translation>
    </message>
    <message>
        <source>Position %1 in the population list of %2</source>
        <translation>母集団リスト（%2件）の %1 番目</translation>
    </message>
    <message>
        <source>A failing item is a deviation; the engine raised a draft finding for it.</source>
        <translation>不適合の項目は逸脱です。発見事項の下書きが自動で起票されています。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Population #</source>
        <translation>母集団 #</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>発見事項</translation>
    </message>
</context>
<context>
    <name>ismap::ui::SamplingPanel</name>
    <message>
        <source>Sample %1: %2 of %3 (%4)</source>
        <translation>サンプル %1: %3件中 %2件（%4）</translation>
    </message>
    <message>
        <source>No sample drawn yet</source>
        <translation>サンプルはまだ抽出されていません</translation>
    </message>
    <message>
        <source>Draw a sample to test the control's operation over the period.</source>
        <translation>サンプルを抽出して、期間を通じた統制の運用状況を評価します。</translation>
    </message>
    <message>
        <source>Seed %1 · algorithm %2 · sampling table %3 · drawn by %4 at %5</source>
        <translation>シード %1 · アルゴリズム %2 · サンプリング表 %3 · 抽出: %4（%5）</translation>
    </message>
    <message numerus="yes">
        <source>%n deviation(s) in this sample.</source>
        <translation>
            <numerusform>このサンプルの逸脱: %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample size: all %1 (the population is at or below the table's size; table %2)</source>
        <translation>サンプル数: 全%1件（母集団がサンプリング表の件数以下のため全件を評価、表 %2）</translation>
    </message>
    <message>
        <source>Sample size: %1 of %2 (table %3)</source>
        <translation>サンプル数: %2件中 %1件（表 %3）</translation>
    </message>
    <message>
        <source>Cannot draw the sample</source>
        <translation>サンプルを抽出できません</translation>
    </message>
    <message>
        <source>Seed "%1" is not a number from 0 to 18446744073709551615.</source>
        <translation>シード「%1」は 0～18446744073709551615 の数値ではありません。</translation>
    </message>
    <message>
        <source>Draw another sample</source>
        <translation>サンプルの追加抽出</translation>
    </message>
    <message numerus="yes">
        <source>Item %1 already has %n sample(s). Another draw is recorded in the audit trail next to the earlier ones. Draw another?</source>
        <translation>
            <numerusform>項目 %1 には既に %n 件のサンプルがあります。追加の抽出も既存のサンプルとともに監査証跡に記録されます。抽出しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot record the sample result</source>
        <translation>サンプル結果を記録できません</translation>
    </message>
    <message numerus="yes">
        <source>Re-performed from the stored seed: the same %n item(s) in the same order.</source>
        <translation>
            <numerusform>記録されたシードから再実施: 同じ %n 件が同じ順序で抽出されました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-performed from the stored seed: the selection does NOT match what was recorded.</source>
        <translation>記録されたシードから再実施: 抽出結果が記録と一致しません。</translation>
    </message>
    <message>
        <source>Cannot re-perform the selection</source>
        <translation>抽出を再実施できません</translation>
    </message>
    <message>
        <source>Sa&amp;mple:</source>
        <translation>サンプル(&amp;M):</translation>
    </message>
    <message>
        <source>Sample sets of the item</source>
        <translation>項目のサンプル</translation>
    </message>
    <message>
        <source>Draw a new sample</source>
        <translation>新しいサンプルの抽出</translation>
    </message>
    <message>
        <source>Population des&amp;cription:</source>
        <translation>母集団の説明(&amp;C):</translation>
    </message>
    <message>
        <source>Population si&amp;ze:</source>
        <translation>母集団の件数(&amp;Z):</translation>
    </message>
    <message>
        <source>Control fre&amp;quency:</source>
        <translation>統制の頻度(&amp;Q):</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>シード:</translation>
    </message>
    <message>
        <source>La&amp;bel:</source>
        <translation>ラベル(&amp;B):</translation>
    </message>
    <message>
        <source>A&amp;ttributes:</source>
        <translation>属性(&amp;T):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>備考(&amp;O):</translation>
    </message>
    <message>
        <source>Population description</source>
        <translation>母集団の説明</translation>
    </message>
    <message>
        <source>What the population is, e.g. access requests approved in the period</source>
        <translation>母集団の内容（例: 期間中に承認されたアクセス申請）</translation>
    </message>
    <message>
        <source>Population size</source>
        <translation>母集団の件数</translation>
    </message>
    <message>
        <source>The number of occurrences of the control in the period</source>
        <translation>対象期間中の統制の実施件数</translation>
    </message>
    <message>
        <source>Control frequency</source>
        <translation>統制の頻度</translation>
    </message>
    <message>
        <source>The frequencies of the engagement's sampling table</source>
        <translation>本業務のサンプリング表の頻度</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Blank: a random seed, recorded with the sample</source>
        <translation>空欄: ランダムなシードを使用し、サンプルとともに記録</translation>
    </message>
    <message>
        <source>Computed sample size</source>
        <translation>算定されたサンプル数</translation>
    </message>
    <message>
        <source>&amp;Draw sample</source>
        <translation>サンプルを抽出(&amp;D)</translation>
    </message>
    <message>
        <source>Draw sample</source>
        <translation>サンプルを抽出</translation>
    </message>
    <message>
        <source>Selects the items reproducibly from the seed; recorded in the audit trail, not undoable</source>
        <translation>シードから再現可能な方法で抽出します。監査証跡に記録され、元に戻せません</translation>
    </message>
    <message>
        <source>Seed and algorithm of the sample</source>
        <translation>サンプルのシードとアルゴリズム</translation>
    </message>
    <message>
        <source>Re-perform from seed</source>
        <translation>シードから再実施</translation>
    </message>
    <message>
        <source>Re-perform the selection from its seed</source>
        <translation>シードから抽出を再実施</translation>
    </message>
    <message>
        <source>Result of the re-performance</source>
        <translation>再実施の結果</translation>
    </message>
    <message>
        <source>Sample items and their results</source>
        <translation>サンプル項目とその結果</translation>
    </message>
    <message>
        <source>Sample item label</source>
        <translation>サンプル項目のラベル</translation>
    </message>
    <message>
        <source>What the item is: ticket number, date…</source>
        <translation>項目の内容: チケット番号、日付など…</translation>
    </message>
    <message>
        <source>Attribute results</source>
        <translation>属性の評価結果</translation>
    </message>
    <message>
        <source>name=value; name=value, e.g. approved=yes; approver=manager</source>
        <translation>名前=値; 名前=値（例: approved=yes; approver=manager）</translation>
    </message>
    <message>
        <source>Sample item notes</source>
        <translation>サンプル項目の備考</translation>
    </message>
    <message>
        <source>What was checked and found</source>
        <translation>確認した内容と結果</translation>
    </message>
    <message>
        <source>Pa&amp;ss</source>
        <translation>適合(&amp;S)</translation>
    </message>
    <message>
        <source>Fa&amp;il (deviation)</source>
        <translation>不適合・逸脱(&amp;I)</translation>
    </message>
    <message>
        <source>Not a&amp;pplicable</source>
        <translation>対象外(&amp;P)</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>適合</translation>
    </message>
    <message>
        <source>Fail (deviation)</source>
        <translation>不適合（逸脱）</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>Enter the population count: the number of records in the CSP's ledger for the period.</source>
        <translation>母集団の件数を入力してください: 対象期間に CSP の台帳にある記録の数です。</translation>
    </message>
    <message>
        <source>count not known</source>
        <translation>件数不明</translation>
    </message>
    <message>
        <source>Population list</source>
        <translation>母集団リスト</translation>
    </message>
    <message>
        <source>Ledgers (*.csv *.xlsx);;All files (*)</source>
        <translation>台帳 (*.csv *.xlsx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Draw from &amp;list…</source>
        <translation>リストから抽出(&amp;L)…</translation>
    </message>
    <message>
        <source>Draw from a population list</source>
        <translation>母集団リストから抽出</translation>
    </message>
    <message>
        <source>Draws from the CSP's ledger (CSV or XLSX, first row the header): its record count is the population, the file is kept as evidence, and each drawn item names its record</source>
        <translation>CSP の台帳（CSV または XLSX、1行目は見出し）から抽出します。記録の件数が母集団となり、ファイルは証跡として保存され、抽出した各項目に記録が記載されます</translation>
    </message>
    <message>
        <source>Cannot save the sample item</source>
        <translation>サンプル項目を保存できません</translation>
    </message>
    <message>
        <source>Sample %1 item %2 (no result recorded yet)</source>
        <translation>サンプル %1 の項目 %2(結果が未記録)</translation>
    </message>
    <message>
        <source>Description of the sample to draw</source>
        <translation>抽出するサンプルの説明</translation>
    </message>
</context>
<context>
    <name>ismap::ui::StatementInfoDialog</name>
    <message>
        <source>Statement date: "%1" is not a date (for example 2025-05-30 or 令和7年5月30日).</source>
        <translation>言明日: 「%1」は日付ではありません（例: 2025-05-30、令和7年5月30日）。</translation>
    </message>
    <message>
        <source>Statement and scope</source>
        <translation>言明書と対象範囲</translation>
    </message>
    <message>
        <source>Close without saving what you changed in the statement and scope?</source>
        <translation>言明書と対象範囲の変更を保存せずに閉じますか？</translation>
    </message>
    <message>
        <source>The statement's own content (言明書), as the CSP wrote it, and the engagement's scope. Both are printed in section 1 and 2 of the report; every change is recorded in the trail.</source>
        <translation>CSP が記載した言明書の記載事項と、業務の対象範囲です。どちらも報告書の第1章・第2章に記載され、変更はすべて監査証跡に記録されます。</translation>
    </message>
    <message>
        <source>Statement &amp;date:</source>
        <translation>言明日(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <source>Underlying &amp;services:</source>
        <translation>基盤サービス(&amp;S):</translation>
    </message>
    <message>
        <source>System &amp;overview:</source>
        <translation>システム概要(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Changes during the period:</source>
        <translation>期間中の変更(&amp;C):</translation>
    </message>
    <message>
        <source>Subsequent &amp;events:</source>
        <translation>後発事象(&amp;E):</translation>
    </message>
    <message>
        <source>Engagement sco&amp;pe:</source>
        <translation>業務の対象範囲(&amp;P):</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or as written (令和7年5月30日)</source>
        <translation>YYYY-MM-DD、または記載のまま（令和7年5月30日）</translation>
    </message>
    <message>
        <source>One per line, e.g. Amazon Web Services（ISMAP登録済） or Own data centre (not registered)</source>
        <translation>1行に1つ。例: Amazon Web Services（ISMAP登録済）、自社データセンター（未登録）</translation>
    </message>
    <message>
        <source>What the audit covers: the service, its regions and components.</source>
        <translation>監査の対象: サービス、リージョン、構成要素。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>ismap::ui::StepsPanel</name>
    <message>
        <source>Pending</source>
        <translation>未了</translation>
    </message>
    <message>
        <source>Cannot record the result</source>
        <translation>結果を記録できません</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>手続内容</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Procedure steps</source>
        <translation>手続ステップ</translation>
    </message>
    <message>
        <source>Notes for the selected step: what was done, to which evidence…</source>
        <translation>選択したステップの備考: 実施内容、対象とした証跡など…</translation>
    </message>
    <message>
        <source>Step notes</source>
        <translation>ステップの備考</translation>
    </message>
    <message>
        <source>No exception (Alt+1)</source>
        <translation>例外なし (Alt+1)</translation>
    </message>
    <message>
        <source>Deviation (Alt+2)</source>
        <translation>逸脱 (Alt+2)</translation>
    </message>
    <message>
        <source>Not performed (Alt+3)</source>
        <translation>実施不能 (Alt+3)</translation>
    </message>
    <message>
        <source>Not applicable (Alt+4)</source>
        <translation>対象外 (Alt+4)</translation>
    </message>
    <message>
        <source>Cannot save the step's notes</source>
        <translation>手続のメモを保存できません</translation>
    </message>
    <message>
        <source>Step %1 notes (no result recorded yet)</source>
        <translation>手続 %1 のメモ(結果が未記録)</translation>
    </message>
    <message>
        <source>No procedure steps: %1 groups other items; its objectives and detailed controls carry the steps.</source>
        <translation>手続ステップはありません: %1 は他の項目をまとめる見出しです。ステップは統制目標と詳細管理策にあります。</translation>
    </message>
    <message>
        <source>No procedure steps: the statement does not decide %1 yet. Import the statement or set its applicability (Engagement → Set applicability).</source>
        <translation>手続ステップはありません: 言明書で %1 の採否がまだ決まっていません。言明書を取り込むか、採否を設定してください（業務 → 採否の設定）。</translation>
    </message>
    <message>
        <source>No procedure steps: %1 is out of scope (%2).</source>
        <translation>手続ステップはありません: %1 は対象外です（%2）。</translation>
    </message>
    <message>
        <source>No procedure steps: %1 is not in this year's cycle (Engagement → Put in this year's cycle).</source>
        <translation>手続ステップはありません: %1 は今年度のサイクルに含まれていません（業務 → 今年度のサイクルに含める）。</translation>
    </message>
    <message>
        <source>No procedure steps for %1.</source>
        <translation>%1 の手続ステップはありません。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Step %1&lt;/b&gt; · %2 · %3 · %4&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ステップ %1&lt;/b&gt; · %2 · %3 · %4&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Notes:&lt;/i&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;メモ:&lt;/i&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Void sign-offs?</source>
        <translation>サインオフを無効にしますか？</translation>
    </message>
    <message>
        <source>Record: no exception</source>
        <translation>記録: 例外なし</translation>
    </message>
    <message>
        <source>Record: deviation</source>
        <translation>記録: 逸脱</translation>
    </message>
    <message>
        <source>Record: not performed</source>
        <translation>記録: 未実施</translation>
    </message>
    <message>
        <source>Record: not applicable</source>
        <translation>記録: 該当なし</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>次のステップ</translation>
    </message>
    <message>
        <source>Step instruction</source>
        <translation>ステップの指示</translation>
    </message>
</context>
<context>
    <name>ismap::ui::SyncDialog</name>
    <message>
        <source>Every replica</source>
        <translation>すべてのレプリカ</translation>
    </message>
    <message numerus="yes">
        <source>Replica %1 · %2 (%n pending)</source>
        <translation>
            <numerusform>レプリカ %1 · %2（未送付 %n 件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflic&amp;ts (%n open)…</source>
        <translation>
            <numerusform>競合(&amp;T)（未解決 %n 件）…</numerusform>
        </translation>
    </message>
    <message>
        <source>No package of another replica in the folder yet.</source>
        <translation>フォルダーには他のレプリカのパッケージがまだありません。</translation>
    </message>
    <message>
        <source>This replica's package: %1</source>
        <translation>このレプリカのパッケージ：%1</translation>
    </message>
    <message>
        <source>Export a change package</source>
        <translation>変更パッケージのエクスポート</translation>
    </message>
    <message>
        <source>Import a change package</source>
        <translation>変更パッケージのインポート</translation>
    </message>
    <message>
        <source>Choose the shared folder first.</source>
        <translation>先に共有フォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Synchronise with a folder</source>
        <translation>フォルダーとの同期</translation>
    </message>
    <message>
        <source>Change packages (*.ismapsync)</source>
        <translation>変更パッケージ (*.ismapsync)</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>共有フォルダー</translation>
    </message>
    <message>
        <source>Synchronise</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>Replicas of this engagement exchange signed change packages through files: export one and pass it on (mail, a USB stick), import what the others sent, or let a shared folder carry them. A package is checked before anything is applied; what is refused changes nothing.</source>
        <translation>この業務のレプリカは、署名付きの変更パッケージをファイルでやり取りします。エクスポートして（メールや USB メモリで）渡す、他のメンバーから届いたものをインポートする、または共有フォルダーを介してやり取りします。パッケージは適用前に検証され、拒否された場合は何も変更されません。</translation>
    </message>
    <message>
        <source>Package &amp;for:</source>
        <translation>パッケージの宛先(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Export a change package…</source>
        <translation>変更パッケージをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import a change package…</source>
        <translation>変更パッケージをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Shared f&amp;older:</source>
        <translation>共有フォルダー(&amp;O)：</translation>
    </message>
    <message>
        <source>a folder every replica reaches (a network or cloud drive)</source>
        <translation>すべてのレプリカから届くフォルダー（ネットワークドライブやクラウドドライブ）</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>選択(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Synchronise with the folder</source>
        <translation>フォルダーと同期(&amp;S)</translation>
    </message>
    <message>
        <source>What the last exchange did:</source>
        <translation>直近の同期の結果：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>see Conflicts…</source>
        <translation>「競合…」を参照</translation>
    </message>
</context>
<context>
    <name>ismap::ui::SyncStatus</name>
    <message>
        <source>Origin · %1</source>
        <translation>オリジン · %1</translation>
    </message>
    <message>
        <source>Replica %1 · %2</source>
        <translation>レプリカ %1 · %2</translation>
    </message>
    <message>
        <source>Replica %1</source>
        <translation>レプリカ %1</translation>
    </message>
    <message>
        <source>no exchange yet</source>
        <translation>同期履歴なし</translation>
    </message>
    <message>
        <source>last exchange %1</source>
        <translation>最終同期 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>未解決の競合 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Team sync: click to see the conflicts between replicas.</source>
        <translation>チーム同期：クリックするとレプリカ間の競合を表示します。</translation>
    </message>
    <message>
        <source>Team sync</source>
        <translation>チーム同期</translation>
    </message>
    <message>
        <source>%1 cannot be opened for work as it is.</source>
        <translation>%1 はこのままでは作業用に開けません。</translation>
    </message>
    <message>
        <source>If you moved this file yourself, claim it here: it stays the same replica, at its new place. If it is a copy, open it read-only and ask the lead for a replica of your own.</source>
        <translation>このファイルをご自身で移動した場合は、ここで引き継いでください。新しい場所で同じレプリカとして使えます。コピーの場合は読み取り専用で開き、業務執行責任者に自分用のレプリカを依頼してください。</translation>
    </message>
    <message>
        <source>Replica copied or moved</source>
        <translation>コピーまたは移動されたレプリカ</translation>
    </message>
    <message>
        <source>Claim this replica here (it was moved)</source>
        <translation>この場所でレプリカを引き継ぐ（移動した場合）</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>読み取り専用で開く</translation>
    </message>
</context>
<context>
    <name>ismap::ui::WelcomePage</name>
    <message>
        <source>Create a workbook for a new engagement (File → New), or open one.</source>
        <translation>新しい業務のワークブックを作成するか（ファイル → 新規作成）、既存のものを開きます。</translation>
    </message>
    <message>
        <source>Open an existing workbook.</source>
        <translation>既存のワークブックを開きます。</translation>
    </message>
    <message>
        <source>Read the manual: the work from the statement to the signed report.</source>
        <translation>マニュアルを読む: 言明書から署名済み報告書までの作業。</translation>
    </message>
    <message numerus="yes">
        <source>The team: %n member(s). Add the staff who prepare and the reviewers who review.</source>
        <translation>
            <numerusform>チーム: %n 名。作成者（スタッフ）と査閲者を追加します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the CSP's statement (言明書): it decides which items are in scope and brings their procedure steps.</source>
        <translation>CSPの言明書を取り込みます。対象となる項目とその手続ステップが決まります。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still undecided: select them in the navigator and set their applicability.</source>
        <translation>
            <numerusform>未決定の項目が %n 件あります。ナビゲーターで選択して採否を設定します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign the in-scope items to the team (select items in the navigator, Engagement → Assign).</source>
        <translation>対象項目をチームに割り当てます（ナビゲーターで項目を選択し、業務 → 担当者の割当て）。</translation>
    </message>
    <message>
        <source>Fieldwork: select an item, record its steps (Alt+1…4), link evidence, raise findings and sign off as preparer. %1 of %2 in-scope items started.</source>
        <translation>手続の実施: 項目を選び、ステップの結果を記録し（Alt+1…4）、証跡をリンクし、発見事項を起票して作成者としてサインオフします。対象 %2 項目中 %1 項目に着手済み。</translation>
    </message>
    <message>
        <source>Review: the review queue (Ctrl+3) lists what waits for a reviewer; sign off as reviewer.</source>
        <translation>査閲: 査閲待ち一覧（Ctrl+3）に査閲待ちの項目が並びます。査閲者としてサインオフします。</translation>
    </message>
    <message>
        <source>Write and sign the report (File → Report).</source>
        <translation>報告書を作成して署名します（ファイル → 報告書）。</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Next steps for %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;%1 の次の作業&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to ISMAP Audit Workbench&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;ISMAP Audit Workbench へようこそ&lt;/h2&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workbook to open.</source>
        <translation>開くワークブック。</translation>
    </message>
    <message>
        <source>ISMAP Audit Workbench: fieldwork, review and signed reports for ISMAP audits.</source>
        <translation>ISMAP Audit Workbench: ISMAP監査における手続の実施、査閲および署名付き報告書の作成。</translation>
    </message>
    <message>
        <source>Team member working (skips the question).</source>
        <translation>作業するチームメンバー（確認のダイアログを省略します）。</translation>
    </message>
    <message>
        <source>Quit after MS milliseconds (for tests).</source>
        <translation>MSミリ秒後に終了します（テスト用）。</translation>
    </message>
    <message>
        <source>Render the main views into DIR and quit.</source>
        <translation>主要な画面をDIRに出力して終了します。</translation>
    </message>
    <message>
        <source>Item to show first.</source>
        <translation>最初に表示する項目。</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1600x1000 (default 1280x800).</source>
        <translation>--screenshot のウィンドウサイズ（例: 1600x1000、既定 1280x800）。</translation>
    </message>
    <message>
        <source>--screenshot-size: give WIDTHxHEIGHT, at least 640x480.</source>
        <translation>--screenshot-size: 幅x高さ（640x480 以上）を指定してください。</translation>
    </message>
</context>
</TS>
