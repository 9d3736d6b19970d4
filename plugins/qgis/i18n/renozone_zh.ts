<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CheckSiteAlgorithm</name>
    <message>
        <source>Check candidate facility sites</source>
        <translation>候选设施选址检查</translation>
    </message>
    <message>
        <source>Checks every candidate site (a point, or a polygon for the plot) for a facility of the chosen type against the site rules (GB 50180-2018 life circles by default; each rule carries its clause): inside or next to the renovation scope, no overlap with existing buildings unless one is reused, outside heritage areas, the river setback, the site area, and the households served within the service radius — along the roads when the data has a road layer. Given a project GeoPackage, each check is recorded in its site_checks layer.</source>
        <translation>按选址规则（默认为 GB 50180-2018 生活圈标准，每条规则注明条款）逐一检查所选类型设施的候选选址（点，或地块多边形）：位于改造范围内或紧邻改造范围；除利用既有建筑外不与现有建筑重叠；不在历史文化保护范围内；满足河道退让；用地面积；以及服务半径内服务的户数——数据含道路图层时按道路网络距离计算。指定项目 GeoPackage 时，每次检查记入其 site_checks 图层。</translation>
    </message>
    <message>
        <source>Candidate sites</source>
        <translation>候选选址</translation>
    </message>
    <message>
        <source>Facility type</source>
        <translation>设施类型</translation>
    </message>
    <message>
        <source>The facility goes into an existing building</source>
        <translation>设施利用既有建筑</translation>
    </message>
    <message>
        <source>Straight-line distance even when the data has roads</source>
        <translation>即使数据含道路也按直线距离计算</translation>
    </message>
    <message>
        <source>Site rules file (empty: GB 50180-2018 defaults)</source>
        <translation>选址规则文件（留空：GB 50180-2018 默认规则）</translation>
    </message>
    <message>
        <source>Record the checks in this project GeoPackage</source>
        <translation>将检查结果记入此项目 GeoPackage</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>Checked sites</source>
        <translation>已检查选址</translation>
    </message>
    <message>
        <source>Sites passing every rule</source>
        <translation>全部规则通过的选址</translation>
    </message>
    <message>
        <source>Sites failing a rule</source>
        <translation>有规则未通过的选址</translation>
    </message>
    <message>
        <source>No facility type: the default site rules file was not found</source>
        <translation>没有设施类型：未找到默认选址规则文件</translation>
    </message>
    <message>
        <source>Building the road network</source>
        <translation>正在构建道路网络</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>要素 %1</translation>
    </message>
</context>
<context>
    <name>CoverageAlgorithm</name>
    <message>
        <source>Coverage against the plan&apos;s targets</source>
        <translation>规划目标完成情况</translation>
    </message>
    <message>
        <source>For the district, each street and each community: planned communities, buildings, floor area, households, people, lifts and lift subsidy of the buildings in the plan&apos;s scope, each beside the plan&apos;s target, with the share of the floor-area target reached. The same rows as `renozone report`.</source>
        <translation>全区、各街道、各小区：改造范围内的小区数、楼栋数、建筑面积、户数、人数、电梯数和电梯补助，逐项列出规划目标，并给出建筑面积目标的完成比例。与 `renozone report` 的各行相同。</translation>
    </message>
    <message>
        <source>Coverage table</source>
        <translation>完成情况表</translation>
    </message>
    <message>
        <source>Coverage per community (map)</source>
        <translation>各小区完成情况（地图）</translation>
    </message>
    <message>
        <source>Planned communities</source>
        <translation>纳入规划的小区</translation>
    </message>
    <message>
        <source>Buildings in the plan&apos;s scope</source>
        <translation>改造范围内楼栋</translation>
    </message>
    <message>
        <source>Floor area (m²)</source>
        <translation>建筑面积（m²）</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Floor-area target reached (%)</source>
        <translation>建筑面积目标完成率（%）</translation>
    </message>
</context>
<context>
    <name>EngineErrors</name>
    <message>
        <source>en</source>
        <comment>the interface&apos;s language</comment>
        <translation>zh</translation>
    </message>
</context>
<context>
    <name>ExportAlgorithm</name>
    <message>
        <source>Export the coverage report</source>
        <translation>导出完成情况报告</translation>
    </message>
    <message>
        <source>Writes the coverage report — district, streets and communities against the plan&apos;s targets — as aligned text, CSV, the JSON contract other tools read, or Markdown: the same file as `renozone report --format FORMAT`.</source>
        <translation>将完成情况报告（全区、街道、小区对照规划目标）写为对齐文本、CSV、供其他工具读取的 JSON 或 Markdown，与 `renozone report --format FORMAT` 输出的文件相同。</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>报告文件</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv);;Markdown (*.md);;Text (*.txt)</source>
        <translation>JSON (*.json);;CSV (*.csv);;Markdown (*.md);;文本 (*.txt)</translation>
    </message>
</context>
<context>
    <name>GapsAlgorithm</name>
    <message>
        <source>Facility gaps</source>
        <translation>设施缺口分析</translation>
    </message>
    <message>
        <source>For a facility type, which households the existing facilities reach within the service radius of the site rules (along the roads when the data has a road layer) and which they leave out: every community with its covered and uncovered households, coverage rate and status (covered, partial, uncovered), substandard below the threshold; and the household buildings no facility reaches. The same figures as `renozone gaps --type TYPE`.</source>
        <translation>对某一设施类型，计算现有设施在选址规则服务半径内（数据含道路图层时按道路网络距离）覆盖了哪些住户、遗漏了哪些住户：每个小区的已覆盖与未覆盖户数、覆盖率和状态（已覆盖、部分覆盖、未覆盖），低于阈值的为不达标；以及没有任何设施覆盖的住宅楼栋。与 `renozone gaps --type TYPE` 的数字相同。</translation>
    </message>
    <message>
        <source>Facility type</source>
        <translation>设施类型</translation>
    </message>
    <message>
        <source>A community with less of its households covered is substandard (%)</source>
        <translation>小区住户覆盖率低于此值为不达标（%）</translation>
    </message>
    <message>
        <source>Straight-line distance even when the data has roads</source>
        <translation>即使数据含道路也按直线距离计算</translation>
    </message>
    <message>
        <source>Site rules file (empty: GB 50180-2018 defaults)</source>
        <translation>选址规则文件（留空：GB 50180-2018 默认规则）</translation>
    </message>
    <message>
        <source>Communities with their coverage</source>
        <translation>小区覆盖情况</translation>
    </message>
    <message>
        <source>Household buildings no facility reaches</source>
        <translation>未被任何设施覆盖的住宅楼栋</translation>
    </message>
    <message>
        <source>Households in communities</source>
        <translation>小区内住户数</translation>
    </message>
    <message>
        <source>Households reached</source>
        <translation>已覆盖户数</translation>
    </message>
    <message>
        <source>Households reached (%)</source>
        <translation>住户覆盖率（%）</translation>
    </message>
    <message>
        <source>Substandard communities</source>
        <translation>不达标小区数</translation>
    </message>
    <message>
        <source>No facility type: the default site rules file was not found</source>
        <translation>没有设施类型：未找到默认选址规则文件</translation>
    </message>
    <message>
        <source>Building the road network</source>
        <translation>正在构建道路网络</translation>
    </message>
    <message>
        <source>Measuring who the facilities reach</source>
        <translation>正在计算设施覆盖的住户</translation>
    </message>
</context>
<context>
    <name>ProblemsLayer</name>
    <message>
        <source>data problems</source>
        <translation>数据问题 data problems</translation>
    </message>
</context>
<context>
    <name>RenozoneAlgorithm</name>
    <message>
        <source>Plan coverage</source>
        <translation>规划完成情况</translation>
    </message>
    <message>
        <source>Planning tools</source>
        <translation>规划工具</translation>
    </message>
    <message>
        <source>Data (GeoPackage with communities, buildings, plan …; empty: the embedded Wulong data)</source>
        <translation>数据（含小区、楼栋、规划等图层的 GeoPackage；留空：内置武隆数据）</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg);;All files (*)</source>
        <translation>GeoPackage (*.gpkg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>the embedded Wulong data</source>
        <translation>内置武隆数据</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Communities from a file of their own (instead of DATA&apos;s)</source>
        <translation>小区取自单独的文件（代替 DATA 中的小区）</translation>
    </message>
    <message>
        <source>Buildings from a file of their own (instead of DATA&apos;s)</source>
        <translation>楼栋取自单独的文件（代替 DATA 中的楼栋）</translation>
    </message>
    <message>
        <source>Field mapping, one a line: buildings.id=osm_id</source>
        <translation>字段对应，每行一条：buildings.id=osm_id</translation>
    </message>
    <message>
        <source>Values to assume where a building has none, one a line: buildings.floors=1</source>
        <translation>楼栋缺少某值时采用的假定值，每行一条：buildings.floors=1</translation>
    </message>
    <message>
        <source>CRS of a file without one (a DXF drawing)</source>
        <translation>无坐标系文件的坐标系（如 DXF 图纸）</translation>
    </message>
    <message>
        <source>Give the communities&apos; file and the buildings&apos; file together, or DATA holding the other</source>
        <translation>请同时给出小区文件和楼栋文件，或由 DATA 提供另一个</translation>
    </message>
</context>
<context>
    <name>ResultLayers</name>
    <message>
        <source>gaps: %1</source>
        <translation>设施缺口：%1</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <source>partly covered</source>
        <translation>部分覆盖</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>未覆盖</translation>
    </message>
    <message>
        <source>no households</source>
        <translation>无住户</translation>
    </message>
    <message>
        <source>households not reached: %1</source>
        <translation>未覆盖住户：%1</translation>
    </message>
    <message>
        <source>suggested sites: %1</source>
        <translation>建议选址：%1</translation>
    </message>
</context>
<context>
    <name>SuggestSitesAlgorithm</name>
    <message>
        <source>Suggest new facility sites</source>
        <translation>新设施最优选址</translation>
    </message>
    <message>
        <source>Chooses where COUNT new facilities of a type would cover most of the households the existing facilities leave out (maximal covering location problem): among the candidate sites given (points, or polygons by their point-on-surface; an &apos;id&apos; or &apos;name&apos; field names them), or else a grid over open land — on no building, outside heritage areas and the river setback. Each site adds most given the sites before it (greedy); &apos;exact&apos; solves the integer programme with GLPK and reports greedy&apos;s gap to the optimum. The same answer as `renozone suggest-sites`.</source>
        <translation>选择 COUNT 个新设施的位置，使其覆盖现有设施遗漏的住户最多（最大覆盖选址问题）：在给定的候选选址中选择（点，或取多边形的内点；以 id 或 name 字段命名），未给定时在空地网格中选择——不压占建筑、不在历史文化保护范围内、满足河道退让。每个选址在前面选址的基础上新增覆盖最多（贪心法）；选择“精确求解”时用 GLPK 求解整数规划，并报告贪心法与最优解的差距。与 `renozone suggest-sites` 的结果相同。</translation>
    </message>
    <message>
        <source>Facility type</source>
        <translation>设施类型</translation>
    </message>
    <message>
        <source>Number of new sites</source>
        <translation>新设施数量</translation>
    </message>
    <message>
        <source>Candidate sites (empty: a grid over open land)</source>
        <translation>候选选址（留空：空地网格）</translation>
    </message>
    <message>
        <source>Grid spacing</source>
        <translation>网格间距</translation>
    </message>
    <message>
        <source>Solve exactly (GLPK) and report greedy&apos;s gap to the optimum</source>
        <translation>精确求解（GLPK）并报告贪心法与最优解的差距</translation>
    </message>
    <message>
        <source>Seconds the exact solve may take</source>
        <translation>精确求解的时间上限（秒）</translation>
    </message>
    <message>
        <source>Straight-line distance even when the data has roads</source>
        <translation>即使数据含道路也按直线距离计算</translation>
    </message>
    <message>
        <source>Site rules file (empty: GB 50180-2018 defaults)</source>
        <translation>选址规则文件（留空：GB 50180-2018 默认规则）</translation>
    </message>
    <message>
        <source>Suggested sites</source>
        <translation>建议选址</translation>
    </message>
    <message>
        <source>Households the new sites reach</source>
        <translation>新选址新增覆盖户数</translation>
    </message>
    <message>
        <source>Households reached, existing and new</source>
        <translation>现有与新增设施合计覆盖户数</translation>
    </message>
    <message>
        <source>Households in communities</source>
        <translation>小区内住户数</translation>
    </message>
    <message>
        <source>No facility type: the default site rules file was not found</source>
        <translation>没有设施类型：未找到默认选址规则文件</translation>
    </message>
    <message>
        <source>Laying out the candidate sites</source>
        <translation>正在布置候选选址</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate site(s)</source>
        <translation>
            <numerusform>候选选址 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>Building the road network</source>
        <translation>正在构建道路网络</translation>
    </message>
    <message>
        <source>Choosing the sites</source>
        <translation>正在选择选址</translation>
    </message>
    <message>
        <source>Greedy reaches %1 households fewer than the optimum</source>
        <translation>贪心法比最优解少覆盖 %1 户</translation>
    </message>
</context>
<context>
    <name>TagAlgorithm</name>
    <message>
        <source>Tag planned communities and buildings</source>
        <translation>标注改造小区与楼栋</translation>
    </message>
    <message>
        <source>Tags the communities the plan names and the buildings in its scope (residential, built before 2000, in a town, in a planned community) with phase, eligibility, lifts, subsidy, D grade and heritage, and writes them with the plan, the coverage table, repairs and discrepancies to a GeoPackage that opens styled in QGIS — the same file as `renozone tag`.</source>
        <translation>标注规划点名的小区和改造范围内的楼栋（住宅、2000 年前建成、位于城镇、位于纳入规划的小区），包括实施阶段、是否符合条件、电梯、补助、D 级危房和历史建筑，并与规划表、完成情况表、几何修复和数据差异一起写入 GeoPackage，在 QGIS 中打开即带样式——与 `renozone tag` 输出的文件相同。</translation>
    </message>
    <message>
        <source>Tagged GeoPackage</source>
        <translation>标注结果 GeoPackage</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Planned communities</source>
        <translation>纳入规划的小区</translation>
    </message>
    <message>
        <source>Buildings in the plan&apos;s scope</source>
        <translation>改造范围内楼栋</translation>
    </message>
</context>
<context>
    <name>UnitStatsAlgorithm</name>
    <message>
        <source>Implementation unit figures</source>
        <translation>实施单元统计</translation>
    </message>
    <message>
        <source>Treats every polygon of the input as an implementation unit and appends what it covers: the buildings in the plan&apos;s scope whose point-on-surface lies inside, their floor area, households and people, lifts and subsidies (lift subsidy, 50 % of the pipeline cost when a cost field is given, split by the funding shares), D-grade and heritage buildings, the streets and communities it meets and the warnings a planner needs. Units the engine refuses (invalid, outside the data) keep null figures and say why in &apos;problem&apos;. Given a project GeoPackage, the units are saved into it.</source>
        <translation>将输入图层的每个多边形视为一个实施单元，并附加其覆盖情况：内点落在单元内的改造范围楼栋及其建筑面积、户数和人数，电梯与补助（电梯补助；给出管线费用字段时补助管线费用的 50%，并按资金分担比例拆分），D 级危房和历史建筑，所涉街道和小区，以及规划人员需要注意的提示。引擎拒绝的单元（无效、在数据范围外）统计值为空，并在 problem 字段说明原因。指定项目 GeoPackage 时，单元将保存到其中。</translation>
    </message>
    <message>
        <source>Unit polygons</source>
        <translation>实施单元多边形</translation>
    </message>
    <message>
        <source>Unit name field</source>
        <translation>单元名称字段</translation>
    </message>
    <message>
        <source>Pipeline works cost field (CNY)</source>
        <translation>管线工程费用字段（元）</translation>
    </message>
    <message>
        <source>Funding shares, e.g. central=0.4,municipal=0.3,district=0.2,residents=0.1</source>
        <translation>资金分担比例，例如 中央=0.4，市级=0.3，区级=0.2，居民=0.1</translation>
    </message>
    <message>
        <source>Save the units into this project GeoPackage</source>
        <translation>将实施单元保存到此项目 GeoPackage</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>Units with figures</source>
        <translation>带统计值的实施单元</translation>
    </message>
    <message>
        <source>Units evaluated</source>
        <translation>已统计的单元</translation>
    </message>
    <message>
        <source>Units refused</source>
        <translation>被拒绝的单元</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>要素 %1</translation>
    </message>
    <message>
        <source>Saved %1 unit(s) into %2</source>
        <translation>已将 %1 个单元保存到 %2</translation>
    </message>
</context>
<context>
    <name>renozone</name>
    <message>
        <source>internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
    <message>
        <source>%1: %2 planned communities, %3 buildings, %4</source>
        <translation>%1：纳入规划小区 %2 个，楼栋 %3 栋，%4</translation>
    </message>
    <message>
        <source>embedded Wulong data</source>
        <translation>内置武隆数据</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Vector data (*.gpkg *.shp *.geojson *.json *.dxf *.gdb *.sqlite *.kml *.csv);;All files (*)</source>
        <translation>矢量数据 (*.gpkg *.shp *.geojson *.json *.dxf *.gdb *.sqlite *.kml *.csv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>renozone::plugin::CoveragePanel</name>
    <message>
        <source>Follow the selection on the communities layer</source>
        <translation>跟随小区图层中的选择</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>District</source>
        <translation>全区</translation>
    </message>
    <message>
        <source> (demonstration)</source>
        <translation>（示范）</translation>
    </message>
    <message>
        <source>Open the embedded data or a GeoPackage to see the plan&apos;s coverage.</source>
        <translation>打开内置数据或 GeoPackage 以查看规划完成情况。</translation>
    </message>
    <message numerus="yes">
        <source>Selection (%n communities)</source>
        <translation>
            <numerusform>所选（%n 个小区）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected communities: figures of the selection as a whole on top</source>
        <translation>
            <numerusform>已选 %n 个小区：顶行为所选范围整体的统计值</numerusform>
        </translation>
    </message>
    <message>
        <source>(no street)</source>
        <translation>（无街道）</translation>
    </message>
    <message>
        <source>%1
No community is in the plan: every building placed, as the records give it. %2</source>
        <translation>%1
没有小区纳入规划：以下为全部已落位楼栋，按记录所给。%2</translation>
    </message>
</context>
<context>
    <name>renozone::plugin::FacilityPanel</name>
    <message>
        <source>Facility type</source>
        <translation>设施类型</translation>
    </message>
    <message>
        <source>Straight-line distance (not along the roads)</source>
        <translation>直线距离（不沿道路）</translation>
    </message>
    <message>
        <source>Facility gaps</source>
        <translation>设施缺口分析</translation>
    </message>
    <message>
        <source>Show who the existing facilities miss</source>
        <translation>显示现有设施遗漏的住户</translation>
    </message>
    <message>
        <source>Optimal siting</source>
        <translation>最优选址</translation>
    </message>
    <message>
        <source>New sites</source>
        <translation>新设施数量</translation>
    </message>
    <message>
        <source>Grid over open land every</source>
        <translation>空地网格间距</translation>
    </message>
    <message>
        <source>Suggest sites</source>
        <translation>建议选址</translation>
    </message>
    <message>
        <source>%1 of %2 households reached within %3 m (%4); %5 of %6 communities not fully covered</source>
        <translation>%3 米内覆盖 %2 户中的 %1 户（%4）；%6 个小区中 %5 个未完全覆盖</translation>
    </message>
    <message>
        <source>%1 new sites reach %2 more households: %3 of %4 reached in all</source>
        <translation>%1 个新选址新增覆盖 %2 户：合计覆盖 %4 户中的 %3 户</translation>
    </message>
    <message>
        <source>renozone: facility gaps</source>
        <translation>renozone：设施缺口分析</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Finding the gaps …</source>
        <translation>正在分析设施缺口……</translation>
    </message>
    <message>
        <source>renozone: suggesting sites</source>
        <translation>renozone：正在推荐选址</translation>
    </message>
    <message>
        <source>Choosing the sites …</source>
        <translation>正在选择站点……</translation>
    </message>
</context>
<context>
    <name>renozone::plugin::OwnDataDialog</name>
    <message>
        <source>Open your own data</source>
        <translation>打开自有数据</translation>
    </message>
    <message>
        <source>Communities and buildings from files of your own: only the outlines are required. A field left at “usual names” is found by its usual names (层数, floors, building:levels …); a value nobody gives is counted as unknown, never guessed.</source>
        <translation>小区和楼栋取自您自己的文件：只有轮廓是必需的。保留“按常用名”的字段按其常用名识别（层数、floors、building:levels……）；没有给出的值计为未知，绝不猜测。</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Assumed values</source>
        <translation>假定值</translation>
    </message>
    <message>
        <source>the files&apos; own</source>
        <translation>文件自带的坐标系</translation>
    </message>
    <message>
        <source>Only for a file that has no CRS of its own: a DXF drawing, a Shapefile without .prj</source>
        <translation>仅用于本身没有坐标系的文件：DXF 图纸、缺少 .prj 的 Shapefile</translation>
    </message>
    <message>
        <source>CRS of a file without one</source>
        <translation>无坐标系文件的坐标系</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>The communities and buildings tagged for the plan; the map shows it and units are saved in it</source>
        <translation>按规划标注后的小区和楼栋；地图显示此文件，实施单元也保存在其中</translation>
    </message>
    <message>
        <source>Tagged GeoPackage</source>
        <translation>标注结果 GeoPackage</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>the only one, or “%1”; in a DXF: JMD</source>
        <translation>唯一的图层或“%1”；DXF 中为 JMD</translation>
    </message>
    <message>
        <source>the only one, or “%1”; in a DXF: name it</source>
        <translation>唯一的图层或“%1”；DXF 中须指定图层</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Which field holds …</source>
        <translation>各项取自哪个字段……</translation>
    </message>
    <message>
        <source>A value to assume for every building that has none, e.g. 1 floor for single-storey sheds. Each assumption is written into the outputs; leave empty to count the value as unknown.</source>
        <translation>为缺少该值的每栋楼采用的假定值，例如单层棚屋按 1 层。每项假定都写入输出；留空则该值计为未知。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>A CAD drawing: closed polylines are the outlines, the texts inside them (砼6, 混3 …) give structure and floors; there are no fields to choose.</source>
        <translation>CAD 图纸：闭合多段线为楼栋轮廓，其内的注记（砼6、混3……）给出结构和层数；没有可选的字段。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) in the file</source>
        <translation>
            <numerusform>文件中有 %n 个字段</numerusform>
        </translation>
    </message>
    <message>
        <source>usual names (none found: unknown)</source>
        <translation>按常用名（未找到：未知）</translation>
    </message>
    <message>
        <source>usual names (%1)</source>
        <translation>按常用名（%1）</translation>
    </message>
    <message>
        <source>Choose the communities&apos; file and the buildings&apos; file</source>
        <translation>请选择小区文件和楼栋文件</translation>
    </message>
    <message>
        <source>Choose the GeoPackage to write the tagged data to</source>
        <translation>请选择写入标注结果的 GeoPackage</translation>
    </message>
</context>
<context>
    <name>renozone::plugin::RenozoneDock</name>
    <message>
        <source>renozone — old community renovation</source>
        <translation>renozone — 老旧小区改造</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>Implementation unit</source>
        <translation>实施单元</translation>
    </message>
    <message>
        <source>Site check</source>
        <translation>选址检查</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <source>Data: not opened yet</source>
        <translation>数据：尚未打开</translation>
    </message>
    <message>
        <source>Project: none — tag the data or open a project GeoPackage to save units</source>
        <translation>项目：无——标注数据或打开项目 GeoPackage 后才能保存实施单元</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>项目：%1</translation>
    </message>
    <message>
        <source>Gaps and siting</source>
        <translation>缺口与选址</translation>
    </message>
    <message>
        <source>Working — the task in the status bar shows the progress and can cancel it</source>
        <translation>正在处理——状态栏中的任务显示进度，也可在那里取消</translation>
    </message>
</context>
<context>
    <name>renozone::plugin::RenozonePlugin</name>
    <message>
        <source>Open the embedded Wulong data</source>
        <translation>打开内置武隆数据</translation>
    </message>
    <message>
        <source>Open a project or data GeoPackage…</source>
        <translation>打开项目或数据 GeoPackage…</translation>
    </message>
    <message>
        <source>Tag the plan&apos;s communities and buildings…</source>
        <translation>标注规划小区与楼栋…</translation>
    </message>
    <message>
        <source>Draw an implementation unit</source>
        <translation>绘制实施单元</translation>
    </message>
    <message>
        <source>Check a facility site</source>
        <translation>设施选址检查</translation>
    </message>
    <message>
        <source>Export the coverage report…</source>
        <translation>导出完成情况报告…</translation>
    </message>
    <message>
        <source>renozone panel</source>
        <translation>renozone 面板</translation>
    </message>
    <message>
        <source>renozone</source>
        <translation>renozone</translation>
    </message>
    <message>
        <source>&amp;renozone</source>
        <translation>&amp;renozone</translation>
    </message>
    <message>
        <source>Open a project or data GeoPackage</source>
        <translation>打开项目或数据 GeoPackage</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>Write the tagged GeoPackage</source>
        <translation>写出标注结果 GeoPackage</translation>
    </message>
    <message>
        <source>Export the coverage report</source>
        <translation>导出完成情况报告</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json);;Markdown (*.md);;Text (*.txt)</source>
        <translation>CSV (*.csv);;JSON (*.json);;Markdown (*.md);;文本 (*.txt)</translation>
    </message>
    <message>
        <source>Show facility gaps</source>
        <translation>显示设施缺口</translation>
    </message>
    <message>
        <source>Suggest new facility sites</source>
        <translation>新设施最优选址</translation>
    </message>
    <message>
        <source>Open your own communities and buildings…</source>
        <translation>打开自有小区与楼栋数据…</translation>
    </message>
</context>
<context>
    <name>renozone::plugin::RenozoneProvider</name>
    <message>
        <source>renozone</source>
        <translation>renozone</translation>
    </message>
    <message>
        <source>renozone — old residential community renovation</source>
        <translation>renozone — 城镇老旧小区改造</translation>
    </message>
</context>
<context>
    <name>renozone::plugin::Session</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>the embedded data</source>
        <translation>内置数据</translation>
    </message>
    <message>
        <source>Tagging would replace the data it reads (%1): choose another file</source>
        <translation>标注结果会覆盖正在读取的数据（%1）：请另选文件</translation>
    </message>
    <message>
        <source>Tagging failed: %1</source>
        <translation>标注失败：%1</translation>
    </message>
    <message>
        <source>Wrote %1; its layers are in the group &apos;%2&apos;</source>
        <translation>已写出 %1，其图层位于图层组“%2”</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Wrote the coverage report to %1</source>
        <translation>已将完成情况报告写入 %1</translation>
    </message>
    <message>
        <source>Choose a project GeoPackage first</source>
        <translation>请先选择项目 GeoPackage</translation>
    </message>
    <message>
        <source>Cannot save the unit: %1</source>
        <translation>无法保存实施单元：%1</translation>
    </message>
    <message>
        <source>Saved unit %1 to %2</source>
        <translation>已将实施单元 %1 保存到 %2</translation>
    </message>
    <message>
        <source>Cannot record the site check: %1</source>
        <translation>无法记录选址检查：%1</translation>
    </message>
    <message>
        <source>Recorded site check %1 in %2</source>
        <translation>已将选址检查 %1 记入 %2</translation>
    </message>
    <message>
        <source>renozone is still working (see the task in the status bar): wait for it or cancel it</source>
        <translation>renozone 仍在处理（见状态栏中的任务）：请等待完成或取消它</translation>
    </message>
    <message>
        <source>renozone: opening %1</source>
        <translation>renozone：正在打开 %1</translation>
    </message>
    <message>
        <source>Opening %1 canceled</source>
        <translation>已取消打开 %1</translation>
    </message>
    <message>
        <source>renozone: tagging into %1</source>
        <translation>renozone：正在标注并写入 %1</translation>
    </message>
    <message>
        <source>Tagging canceled: %1 was left as it was</source>
        <translation>已取消标注：%1 保持原样</translation>
    </message>
    <message>
        <source>%1; %2 error(s) in the data: bad values read as missing, see the table &apos;%3&apos;</source>
        <translation>%1；数据中有 %2 处错误：错误的值按缺失处理，详见表“%3”</translation>
    </message>
</context>
<context>
    <name>renozone::plugin::SitePanel</name>
    <message>
        <source>Choose the facility type, then click the site on the map with the site tool.</source>
        <translation>选择设施类型，然后用选址工具在地图上点击选址位置。</translation>
    </message>
    <message>
        <source>Facility type</source>
        <translation>设施类型</translation>
    </message>
    <message>
        <source>Straight-line distance (not along the roads)</source>
        <translation>直线距离（不沿道路）</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>依据条款</translation>
    </message>
    <message>
        <source>Record the check in the project</source>
        <translation>将检查记入项目</translation>
    </message>
    <message>
        <source>site</source>
        <translation>选址</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>结论：%1</translation>
    </message>
    <message>
        <source>%1 households served within %2 m (%3); planned communities served: %4</source>
        <translation>%2 米内服务 %1 户（%3）；服务的规划小区：%4</translation>
    </message>
    <message>
        <source>along the roads</source>
        <translation>沿道路</translation>
    </message>
    <message>
        <source>straight line</source>
        <translation>直线</translation>
    </message>
</context>
<context>
    <name>renozone::plugin::UnitPanel</name>
    <message>
        <source>Draw a unit with the draw tool: click the corners, right click to finish. The figures follow the mouse.</source>
        <translation>用绘制工具绘制单元：依次点击各个拐点，右键结束。统计值随鼠标实时更新。</translation>
    </message>
    <message>
        <source>What the unit covers</source>
        <translation>单元覆盖情况</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>实施 implement</source>
        <translation>实施</translation>
    </message>
    <message>
        <source>谋划 plan</source>
        <translation>谋划</translation>
    </message>
    <message>
        <source>储备 reserve</source>
        <translation>储备</translation>
    </message>
    <message>
        <source>Implementing body</source>
        <translation>实施主体</translation>
    </message>
    <message>
        <source>Save unit to project</source>
        <translation>保存单元到项目</translation>
    </message>
    <message>
        <source>Open the data first.</source>
        <translation>请先打开数据。</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>%1 %2 (%3 % inside)</source>
        <translation>%1 %2（%3% 在单元内）</translation>
    </message>
    <message>
        <source>The funding shares do not add up to 100 %: left out</source>
        <translation>资金分担比例合计不是 100 %：未计入</translation>
    </message>
    <message>
        <source>The funding shares do not add up to 100 %: correct or clear them before saving</source>
        <translation>资金分担比例合计不是 100 %，请改正或清空后再保存</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>The four shares should add up to 100 %</source>
        <translation>四项比例合计应为 100 %</translation>
    </message>
</context>
</TS>
