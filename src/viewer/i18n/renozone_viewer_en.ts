<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>EngineProgress</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>zh</source>
        <comment>the interface&apos;s language</comment>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>GapsLayer</name>
    <message>
        <source>低于标准的小区</source>
        <translation>Communities below the standard</translation>
    </message>
    <message>
        <source>服务半径外的住宅</source>
        <translation>Homes outside every service radius</translation>
    </message>
    <message>
        <source>服务缺口：%1</source>
        <translation>Facility gaps: %1</translation>
    </message>
    <message>
        <source>%1：%2 / %3 户在服务半径内（%4），%5 个小区低于标准，%6 个小区完全未覆盖</source>
        <translation>%1: %2 of %3 households within the service radius (%4); %5 communities below the standard, %6 not covered at all</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>图例</source>
        <translation>Legend</translation>
    </message>
</context>
<context>
    <name>MapExport</name>
    <message>
        <source>无法写入 %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>地图为空，没有可导出的内容</source>
        <translation>nothing to export: the map is empty</translation>
    </message>
    <message>
        <source>DPI 须在 30 到 1200 之间</source>
        <translation>DPI must be between 30 and 1200</translation>
    </message>
    <message>
        <source>%1：可导出为 .png、.jpg、.tif 或 .pdf</source>
        <translation>%1: export writes .png, .jpg, .tif or .pdf</translation>
    </message>
</context>
<context>
    <name>ViewerSession</name>
    <message>
        <source>输入数据中有 %1 处错误：见“数据问题”页</source>
        <translation>Errors in the input data: %1; see the Data problems tab</translation>
    </message>
</context>
<context>
    <name>renozone::viewer::CommunityPanel</name>
    <message>
        <source>计算</source>
        <translation>Computed</translation>
    </message>
    <message>
        <source>规划目标</source>
        <translation>Plan target</translation>
    </message>
    <message>
        <source>差</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>小区改造覆盖</source>
        <translation>Community coverage</translation>
    </message>
    <message>
        <source>用“识别”工具单击小区查看其与规划目标的对比</source>
        <translation>Click a community with the Identify tool to compare it with the plan&apos;s targets</translation>
    </message>
    <message>
        <source>批次：%1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>年度：%1</source>
        <translation>Year: %1</translation>
    </message>
    <message>
        <source>路径：%1</source>
        <translation>Path: %1</translation>
    </message>
    <message>
        <source>示范点</source>
        <translation>Demonstration site</translation>
    </message>
    <message>
        <source>未纳入规划</source>
        <translation>Not in the plan</translation>
    </message>
    <message>
        <source>电梯 %1 部，补助 %2 元</source>
        <translation>%1 lifts, subsidy CNY %2</translation>
    </message>
    <message>
        <source>符合条件未纳入 %1 栋，全部楼栋 %2 栋</source>
        <translation>%1 eligible buildings not planned, %2 buildings in all</translation>
    </message>
</context>
<context>
    <name>renozone::viewer::DataProblemsPanel</name>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>几何修复</source>
        <translation>Geometry repairs</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>图层</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>在地图上定位</source>
        <translation>Locate on the map</translation>
    </message>
    <message>
        <source>%1 个错误，%2 个警告，%3 条提示，%4 处几何已修复</source>
        <translation>Errors: %1, warnings: %2, notes: %3, geometries repaired: %4</translation>
    </message>
    <message>
        <source>未打开数据</source>
        <translation>No data open</translation>
    </message>
    <message>
        <source>无效几何（%1）已修复；面积 %2 → %3 m²</source>
        <translation>Invalid geometry (%1) repaired; area %2 → %3 m²</translation>
    </message>
    <message>
        <source>已修复</source>
        <translation>Repaired</translation>
    </message>
    <message>
        <source>只列出前 %1 条（共 %2 条）；完整清单请用 renozone validate --all</source>
        <translation>Only the first %1 of %2 are listed; `renozone validate --all` lists them all</translation>
    </message>
    <message>
        <source>错误</source>
        <comment>the filter: all errors</comment>
        <translation>Errors</translation>
    </message>
    <message>
        <source>警告</source>
        <comment>the filter: all warnings</comment>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>提示</source>
        <comment>the filter: all notes</comment>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>renozone::viewer::ExportDialog</name>
    <message>
        <source>导出地图</source>
        <translation>Export map</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>PNG 图片 (*.png);;PDF 文档 (*.pdf)</source>
        <translation>PNG image (*.png);;PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>分辨率</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>A4 横向</source>
        <translation>A4 landscape</translation>
    </message>
    <message>
        <source>A4 纵向</source>
        <translation>A4 portrait</translation>
    </message>
    <message>
        <source>A3 横向</source>
        <translation>A3 landscape</translation>
    </message>
    <message>
        <source>A3 纵向</source>
        <translation>A3 portrait</translation>
    </message>
    <message>
        <source>纸张</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>包含图例</source>
        <translation>Include legend</translation>
    </message>
</context>
<context>
    <name>renozone::viewer::IdentifyPanel</name>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>用“识别”工具单击地图要素查看属性</source>
        <translation>Click a feature with the Identify tool to see its attributes</translation>
    </message>
</context>
<context>
    <name>renozone::viewer::LayerList</name>
    <message>
        <source>上移</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Down</translation>
    </message>
</context>
<context>
    <name>renozone::viewer::MainWindow</name>
    <message>
        <source>renozone 老旧小区改造规划查看器</source>
        <translation>renozone old residential community renovation viewer</translation>
    </message>
    <message>
        <source>比例尺 %1</source>
        <translation>Scale %1</translation>
    </message>
    <message>
        <source>绘制 %1 ms</source>
        <translation>Drawn in %1 ms</translation>
    </message>
    <message>
        <source>图层</source>
        <translation>Layers</translation>
    </message>
    <message>
        <source>信息</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>实施单元</source>
        <translation>Implementation units</translation>
    </message>
    <message>
        <source>设施选址</source>
        <translation>Site check</translation>
    </message>
    <message>
        <source>面板</source>
        <translation>Panels</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>打开数据…</source>
        <translation>Open data…</translation>
    </message>
    <message>
        <source>打开或新建项目…</source>
        <translation>Open or create project…</translation>
    </message>
    <message>
        <source>导出地图（PNG/PDF）…</source>
        <translation>Export map (PNG/PDF)…</translation>
    </message>
    <message>
        <source>导出图层到 GeoPackage…</source>
        <translation>Export layers to GeoPackage…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>全图</source>
        <translation>Full extent</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>工具(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>浏览</source>
        <translation>Browse</translation>
    </message>
    <message>
        <source>框选放大</source>
        <translation>Zoom to box</translation>
    </message>
    <message>
        <source>识别</source>
        <translation>Identify</translation>
    </message>
    <message>
        <source>绘制实施单元</source>
        <translation>Draw unit</translation>
    </message>
    <message>
        <source>设施选址检查</source>
        <translation>Check site</translation>
    </message>
    <message>
        <source>拖动平移，滚轮缩放，Shift+拖动框选放大</source>
        <translation>Drag to pan, wheel to zoom, Shift+drag to zoom to a box</translation>
    </message>
    <message>
        <source>语言(&amp;L)</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <source>关于 renozone-viewer</source>
        <translation>About renozone-viewer</translation>
    </message>
    <message>
        <source>renozone-viewer 0.1.0
城镇老旧小区改造规划查看器。所有数字由 librenozone_core 计算。</source>
        <translation>renozone-viewer 0.1.0
Map viewer for the renovation of old residential communities. Every figure is computed by librenozone_core.</translation>
    </message>
    <message>
        <source>工具</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>无法打开数据</source>
        <translation>Cannot open the data</translation>
    </message>
    <message>
        <source>renozone 老旧小区改造规划查看器 — %1</source>
        <translation>renozone renovation viewer — %1</translation>
    </message>
    <message>
        <source>无法打开项目</source>
        <translation>Cannot open the project</translation>
    </message>
    <message>
        <source>项目：%1（%2 个实施单元）</source>
        <translation>Project: %1 (%2 implementation units)</translation>
    </message>
    <message>
        <source>未打开数据</source>
        <translation>No data open</translation>
    </message>
    <message>
        <source>实施单元尚未闭合</source>
        <translation>The unit is not closed yet</translation>
    </message>
    <message>
        <source>资金分担比例合计不是 100 %，请改正或清空后再保存</source>
        <translation>The funding shares do not add up to 100 %: correct or clear them before saving</translation>
    </message>
    <message>
        <source>已保存实施单元 %1（编号 %2）到 %3</source>
        <translation>Saved unit %1 (id %2) to %3</translation>
    </message>
    <message>
        <source>未能保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>打开数据</source>
        <translation>Open data</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg);;所有矢量数据 (*.gpkg *.shp *.geojson *.json *.fgb *.sqlite);;所有文件 (*)</source>
        <translation>GeoPackage (*.gpkg);;Vector data (*.gpkg *.shp *.geojson *.json *.fgb *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>打开或新建项目</source>
        <translation>Open or create project</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>武隆区城镇老旧小区改造</source>
        <translation>Wulong District old residential community renovation</translation>
    </message>
    <message>
        <source>%1 城镇老旧小区改造</source>
        <translation>%1: old residential community renovation</translation>
    </message>
    <message>
        <source>数据：%1；坐标系 %2；renozone-viewer</source>
        <translation>Data: %1; CRS %2; renozone-viewer</translation>
    </message>
    <message>
        <source>已导出 %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>导出图层到 GeoPackage</source>
        <translation>Export layers to GeoPackage</translation>
    </message>
    <message>
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>界面语言将在重新启动后切换。 / The language changes at the next start.</source>
        <translation>The language changes at the next start.</translation>
    </message>
    <message>
        <source>正在打开 %1</source>
        <translation>Opening %1</translation>
    </message>
    <message>
        <source>内置武隆数据</source>
        <translation>the embedded Wulong data</translation>
    </message>
    <message>
        <source>已取消打开</source>
        <translation>Opening canceled</translation>
    </message>
    <message>
        <source>正在导出 %1</source>
        <translation>Exporting %1</translation>
    </message>
    <message>
        <source>已取消导出，%1 保持原样</source>
        <translation>Export canceled: %1 was left as it was</translation>
    </message>
    <message>
        <source>正在计算设施缺口</source>
        <translation>Finding facility gaps</translation>
    </message>
    <message>
        <source>已取消设施缺口计算</source>
        <translation>Facility gaps canceled</translation>
    </message>
    <message>
        <source>数据问题</source>
        <translation>Data problems</translation>
    </message>
    <message>
        <source>%1 中没有编号为 %2 的要素</source>
        <translation>%1 has no feature with the ID %2</translation>
    </message>
    <message>
        <source>%1 没有几何，无法在地图上显示</source>
        <translation>%1 has no geometry to show on the map</translation>
    </message>
    <message>
        <source>未能记录</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>已记录选址检查到 %1</source>
        <translation>Site check recorded in %1</translation>
    </message>
</context>
<context>
    <name>renozone::viewer::SitePanel</name>
    <message>
        <source>选择设施类型，然后在地图上单击拟选址位置。</source>
        <translation>Choose a facility type, then click the proposed site on the map.</translation>
    </message>
    <message>
        <source>设施类型</source>
        <translation>Facility type</translation>
    </message>
    <message>
        <source>利用现有建筑</source>
        <translation>In an existing building</translation>
    </message>
    <message>
        <source>设施设在现有楼栋内：不检查压占建筑</source>
        <translation>The facility goes into an existing building: overlap with buildings is not checked</translation>
    </message>
    <message>
        <source>按道路网络计算步行距离</source>
        <translation>Walking distance along the roads</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>实测</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>标准</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>显示该类设施服务缺口</source>
        <translation>Show this type’s service gaps</translation>
    </message>
    <message>
        <source>无法检查</source>
        <translation>Cannot check</translation>
    </message>
    <message>
        <source>尚未选址</source>
        <translation>No site chosen yet</translation>
    </message>
    <message>
        <source>结论：%1</source>
        <translation>Verdict: %1</translation>
    </message>
    <message>
        <source>服务半径 %1 m（%2），服务 %3 户，涉及规划小区 %4 个</source>
        <translation>Service radius %1 m (%2), serves %3 households in %4 planned communities</translation>
    </message>
    <message>
        <source>沿道路步行距离</source>
        <translation>walking along the roads</translation>
    </message>
    <message>
        <source>直线距离</source>
        <translation>straight line</translation>
    </message>
    <message>
        <source>；最近同类设施 %1 m</source>
        <translation>; nearest of the same type %1 m</translation>
    </message>
    <message>
        <source>依据：</source>
        <translation>Clause: </translation>
    </message>
    <message>
        <source>现有同类设施服务半径之外的住户（红色）和覆盖率低于标准的小区</source>
        <translation>Homes outside the service radius of every existing facility of the type (red) and communities covered below the standard</translation>
    </message>
    <message>
        <source>隐藏缺口</source>
        <translation>Hide gaps</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>记录到项目</source>
        <translation>Record in the project</translation>
    </message>
    <message>
        <source>把本次选址检查写入项目 GeoPackage 的“选址检查”图层（site_checks）</source>
        <translation>Writes this site check into the project GeoPackage&apos;s site_checks layer</translation>
    </message>
    <message>
        <source>未打开项目：先打开或新建项目</source>
        <translation>No project: open or create one first</translation>
    </message>
    <message>
        <source>已记录到项目（编号 %1）</source>
        <translation>Recorded in the project (id %1)</translation>
    </message>
</context>
<context>
    <name>renozone::viewer::UnitPanel</name>
    <message>
        <source>单击地图添加顶点，双击闭合。闭合后拖动顶点修改，拖动边中点插入顶点，右键删除顶点；Esc 重新开始。</source>
        <translation>Click to add vertices, double-click to close. Then drag a vertex to move it, drag an edge’s middle to insert one, right-click a vertex to delete it; Esc starts over.</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>重新绘制</source>
        <translation>Start over</translation>
    </message>
    <message>
        <source>保存到项目…</source>
        <translation>Save to project…</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>管线（水、电、气、通信、有线电视）改造总造价；方案按 50% 补助</source>
        <translation>Total cost of the pipeline works (water, power, gas, telecom, cable); the plan subsidises 50 %</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>实施单元</source>
        <translation>Implementation units</translation>
    </message>
    <message>
        <source>未打开数据</source>
        <translation>No data open</translation>
    </message>
    <message>
        <source>已闭合：%1 个顶点</source>
        <translation>Closed: %1 vertices</translation>
    </message>
    <message>
        <source>在地图上单击开始绘制</source>
        <translation>Click on the map to start drawing</translation>
    </message>
    <message>
        <source>正在绘制：%1 个顶点（随光标实时计算）</source>
        <translation>Drawing: %1 vertices (figures follow the cursor)</translation>
    </message>
    <message>
        <source>涉及小区（面积在单元内的比例）：</source>
        <translation>Communities met (share of their area inside): </translation>
    </message>
    <message>
        <source>补助资金的分担比例，合计应为 100 %，随实施单元保存</source>
        <translation>How the subsidy is shared; the shares add up to 100 % and are saved with the unit</translation>
    </message>
    <message>
        <source>资金分担比例合计不是 100 %：未计入</source>
        <translation>The funding shares do not add up to 100 %: left out</translation>
    </message>
    <message>
        <source>资金来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>比例</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>四项比例合计应为 100 %</source>
        <translation>The four shares should add up to 100 %</translation>
    </message>
</context>
<context>
    <name>renozone::viewer::UnitSaveDialog</name>
    <message>
        <source>实施（实施一批）</source>
        <translation>Implement (实施)</translation>
    </message>
    <message>
        <source>谋划（谋划一批）</source>
        <translation>Plan (谋划)</translation>
    </message>
    <message>
        <source>储备（储备一批）</source>
        <translation>Reserve (储备)</translation>
    </message>
    <message>
        <source>综合改造</source>
        <translation>Comprehensive renovation</translation>
    </message>
    <message>
        <source>管理提升</source>
        <translation>Management upgrade</translation>
    </message>
    <message>
        <source>不安全房屋自建联建</source>
        <translation>Self-build or joint rebuild of unsafe houses</translation>
    </message>
    <message>
        <source>保存实施单元</source>
        <translation>Save implementation unit</translation>
    </message>
    <message>
        <source>例如：油房沟片区实施单元</source>
        <translation>e.g. Youfanggou area unit</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>实施主体</source>
        <translation>Implementing body</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>项目 GeoPackage 文件</source>
        <translation>Project GeoPackage file</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>项目文件</source>
        <translation>Project file</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>请填写名称</source>
        <translation>Please give a name</translation>
    </message>
    <message>
        <source>请选择项目文件</source>
        <translation>Please choose a project file</translation>
    </message>
</context>
<context>
    <name>renozone::viewer::UnitSketch</name>
    <message>
        <source>添加顶点</source>
        <translation>Add vertex</translation>
    </message>
    <message>
        <source>闭合实施单元</source>
        <translation>Close unit</translation>
    </message>
    <message>
        <source>移动顶点</source>
        <translation>Move vertex</translation>
    </message>
    <message>
        <source>插入顶点</source>
        <translation>Insert vertex</translation>
    </message>
    <message>
        <source>删除顶点</source>
        <translation>Delete vertex</translation>
    </message>
    <message>
        <source>清除实施单元</source>
        <translation>Clear unit</translation>
    </message>
</context>
</TS>
