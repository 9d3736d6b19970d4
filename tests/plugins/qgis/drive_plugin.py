"""Run by QGIS (--code) with the renozone plugin enabled in a fresh profile,
in Chinese: uses the toolbar, the dock and the map tools as a planner would
(mouse events on the map canvas), then every Processing algorithm, and checks
each figure against the renozone CLI for the same inputs. Writes result.txt
and a screenshot into RENOZONE_E2E_DIR, then quits QGIS.
"""
import json
import os
import subprocess
import time
import traceback

from qgis.gui import QgsFileWidget
from qgis.core import QgsApplication, QgsProject, QgsRenderContext, QgsVectorLayer, QgsFeature, QgsGeometry, QgsPointXY
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QMetaObject, QPoint, Qt, QTimer, Q_ARG, Q_RETURN_ARG
from qgis.PyQt.QtGui import QMouseEvent
from qgis.PyQt.QtWidgets import (QAction, QApplication, QComboBox, QDockWidget, QDoubleSpinBox, QLabel, QPushButton, QSpinBox, QTabWidget,
                                 QToolBar, QTreeWidget, QWidget)
from qgis.utils import iface

WORK = os.environ['RENOZONE_E2E_DIR']
CLI = os.environ['RENOZONE_CLI']
results = []


def check(condition, what):
    results.append(('ok   ' if condition else 'FAIL ') + what)
    if not condition:
        raise AssertionError(what)


def cli(*args):
    return subprocess.run([CLI, '--quiet', *args], check=True, capture_output=True, text=True).stdout


def cli_json(*args):
    return json.loads(cli(*args))


def settle(rounds=20):
    for _ in range(rounds):
        QCoreApplication.processEvents()
    iface.mapCanvas().waitWhileRendering()


def wait_for(condition, what, seconds=60):
    """Runs QGIS's event loop until condition() holds: the toolbar's long work is a QGIS task."""
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.02)
    check(condition(), what)
    settle()


def main_window_child(kind, name):
    found = iface.mainWindow().findChild(kind, name)
    check(found is not None, f'{kind.__name__} {name} exists')
    return found


def invoke(obj, method, *args):
    return QMetaObject.invokeMethod(obj, method, Qt.DirectConnection, Q_RETURN_ARG(bool), *[Q_ARG(str, a) for a in args])


def layer_named(name, source_prefix=None):
    """A layer by its title, or by the GeoPackage table it shows (the legend calls it '小区 communities')."""
    for layer in QgsProject.instance().mapLayers().values():
        if layer.name() != name and not layer.source().endswith('|layername=' + name):
            continue
        if source_prefix is None or layer.source().startswith(source_prefix):
            return layer
    return None


def canvas_pixel(x, y):
    p = iface.mapCanvas().getCoordinateTransform().transform(x, y)
    return QPoint(round(p.x()), round(p.y()))


def map_point(pixel):
    return iface.mapCanvas().getCoordinateTransform().toMapCoordinates(pixel)


def mouse(kind, pixel, button=Qt.NoButton):
    viewport = iface.mapCanvas().viewport()
    buttons = button if kind == QEvent.MouseButtonPress else Qt.NoButton
    QCoreApplication.sendEvent(viewport, QMouseEvent(kind, pixel, button, buttons, Qt.NoModifier))


def click(pixel, button=Qt.LeftButton):
    mouse(QEvent.MouseButtonPress, pixel, button)
    mouse(QEvent.MouseButtonRelease, pixel, button)
    settle(2)


def open_and_follow_selection(dock):
    opening = main_window_child(QAction, 'renozoneOpenEmbedded')
    opening.trigger()
    check(not opening.isEnabled(), 'while the data opens as a QGIS task, the toolbar waits')
    wait_for(lambda: layer_named('communities') is not None and opening.isEnabled(),
             'the opening task ends and the toolbar is back')
    communities = layer_named('communities')
    check(communities is not None and communities.featureCount() > 0, 'opening the embedded data adds the communities layer')
    check(communities.name() == '小区 communities', f'the legend names it in Chinese first ({communities.name()})')
    check(dock.isVisible(), 'the renozone dock is shown')
    report = cli_json('report', '--format', 'json')
    coverage = dock.findChild(QWidget, 'renozoneCoveragePanel')
    check(len(coverage.property('shownCommunityIds')) == report['district']['communities'],
          f"the dashboard lists the {report['district']['communities']} planned communities")
    tree = dock.findChild(QTreeWidget, 'renozoneCoverageTree')
    district = tree.topLevelItem(0)
    check(district.text(0) == '全区' and district.text(2) == f"{report['district']['buildings']:,}",
          f'the district row reads 全区 with {district.text(2)} buildings, as the CLI')

    communities.selectByExpression("\"id\" IN ('FS03', 'FS14')")
    settle()
    check(sorted(coverage.property('shownCommunityIds')) == ['FS03', 'FS14'], 'the dashboard follows the map selection')
    check(json.loads(coverage.property('selectionJson')) == cli_json('unit', '--communities-ids', 'FS03,FS14', '--format', 'json'),
          'the selection row equals `renozone unit --communities-ids FS03,FS14`')
    communities.removeSelection()
    settle()


def legend_labels_drawn(layer):
    """How many features QGIS draws in each legend class of the layer's renderer."""
    renderer = layer.renderer().clone()
    label_of = {item.ruleKey(): item.label() for item in renderer.legendSymbolItems()}
    context = QgsRenderContext()
    renderer.startRender(context, layer.fields())
    counts = {}
    for feature in layer.getFeatures():
        context.expressionContext().setFeature(feature)
        for key in renderer.legendKeysForFeature(feature, context):
            if key in label_of:  # not the rule-based renderer's root
                counts[label_of[key]] = counts.get(label_of[key], 0) + 1
    renderer.stopRender(context)
    return counts


def tag(dock):
    tagged = os.path.join(WORK, 'wulong-tagged.gpkg')
    check(invoke(dock, 'tagTo', tagged), 'tagging through the dock succeeds')
    settle()
    communities = layer_named('communities', tagged)
    check(communities is not None and communities.renderer().type() == 'categorizedSymbol'
          and communities.renderer().classAttribute() == 'phase', 'the tagged communities open styled by phase')
    buildings = layer_named('buildings', tagged)
    check(buildings is not None and buildings.renderer().type() == 'RuleRenderer', 'the tagged buildings open with their rule style')
    drawn = legend_labels_drawn(buildings)
    in_plan = sum(1 for f in buildings.getFeatures() if f['in_plan'] and not f['heritage'] and not f['d_grade'])
    check(drawn.get('纳入改造 in plan') == in_plan and in_plan > 0 and len(drawn) == 5,
          f'the tagged buildings are drawn in all 5 classes, {in_plan} in plan (drawn: {drawn})')
    canvas = iface.mapCanvas()
    extent = communities.extent()
    extent.scale(1.05)
    canvas.setExtent(extent)
    canvas.refresh()
    settle()
    return tagged


def check_site(dock):
    main_window_child(QAction, 'renozoneCheckSite').trigger()
    settle()
    check(iface.mapCanvas().mapTool().objectName() == 'renozoneSiteCheckTool', 'the site tool is the map tool')
    site_panel = dock.findChild(QWidget, 'renozoneSitePanel')
    types = site_panel.findChild(QComboBox, 'renozoneSiteType')
    types.setCurrentIndex(types.findData('kindergarten'))
    pixel = canvas_pixel(475350, 3245260)
    click(pixel)
    point = map_point(pixel)
    shown = site_panel.property('lastSiteJson')
    check(bool(shown), 'clicking the map checks a site')
    expected = cli_json('check-site', '--type', 'kindergarten', '--format', 'json', '--wkt', f'POINT({point.x()!r} {point.y()!r})')
    check(json.loads(shown) == expected, f"the site check equals the CLI's ({expected['verdict']}, {expected['households_served']} households)")
    site_panel.findChild(QPushButton, 'renozoneRecordSite').click()
    settle()
    checks = layer_named('site_checks')
    check(checks is not None and checks.featureCount() == 1, 'the check is recorded in the project (site_checks)')
    return point, expected


def draw_unit(dock):
    main_window_child(QAction, 'renozoneDrawUnit').trigger()
    settle()
    check(iface.mapCanvas().mapTool().objectName() == 'renozoneUnitDrawTool', 'the unit tool is the map tool')
    unit_panel = dock.findChild(QWidget, 'renozoneUnitPanel')
    corners = [canvas_pixel(x, y) for x, y in ((474930, 3245530), (475210, 3245530), (475210, 3246020), (474930, 3246020))]
    for corner in corners[:3]:
        click(corner)
    mouse(QEvent.MouseMove, corners[3])
    settle(2)
    live = unit_panel.property('lastUnitJson')
    check(bool(live), 'figures appear while the unit is drawn')
    check(json.loads(live) == cli_json('unit', '--wkt', unit_panel.property('currentUnitWkt'), '--format', 'json'),
          'the live figures equal `renozone unit --wkt` for the same polygon')
    save = unit_panel.findChild(QPushButton, 'renozoneSaveUnit')
    check(not save.isEnabled(), 'a unit still being drawn cannot be saved')
    click(corners[3])
    click(corners[3], Qt.RightButton)
    check(save.isEnabled(), 'the finished unit can be saved')
    floor_area = unit_panel.findChild(QLabel, 'unitFigure_floor_area_m2').text()
    check(',' in floor_area, f'the figures group their digits ({floor_area} m²)')
    finished = json.loads(unit_panel.property('lastUnitJson'))
    expected = cli_json('unit', '--wkt', unit_panel.property('currentUnitWkt'), '--format', 'json')
    check(finished == expected, f"the finished unit equals the CLI's ({expected['buildings']} buildings, {expected['households']} households)")
    taken = {c['id'] for c in finished['community_shares']}
    check({'FS03', 'FS14'} <= taken, f"the unit takes in FS03 and FS14 (and meets {', '.join(sorted(taken - {'FS03', 'FS14'})) or 'no other'})")
    return unit_panel, finished


def screenshot(dock, tab, file_name):
    window = iface.mainWindow()
    browser = window.findChild(QDockWidget, 'Browser')
    if browser:
        browser.hide()
    window.resizeDocks([dock], [430], Qt.Horizontal)
    root = QgsProject.instance().layerTreeRoot()
    for name in ('facilities', 'buildings', 'roads', 'communities'):
        layer = layer_named(name)
        if layer:
            root.findLayer(layer.id()).setExpanded(False)
    iface.messageBar().clearWidgets()
    dock.findChild(QTabWidget, 'renozoneTabs').setCurrentIndex(tab)
    iface.mapCanvas().refresh()
    settle(40)
    path = os.path.join(WORK, file_name)
    check(iface.mainWindow().grab().save(path), f'screenshot saved to {path}')


def save_unit(unit_panel, finished):
    unit_panel.findChild(QPushButton, 'renozoneSaveUnit').click()
    settle()
    units = layer_named('implementation_units')
    check(units is not None and units.featureCount() == 1, 'the unit is saved to the project and shown')
    listed = cli_json('unit', '--project', units.source().split('|')[0], '--list', '--format', 'json')
    check(len(listed) == 1 and listed[0]['buildings'] == finished['buildings'], 'the CLI lists the saved unit with the same figures')
    return units


def export(dock):
    path = os.path.join(WORK, 'coverage.json')
    check(invoke(dock, 'exportReport', path), 'exporting the report through the dock succeeds')
    with open(path, encoding='utf-8') as f:
        check(f.read() == cli('report', '--format', 'json'), 'the exported report is byte for byte `renozone report --format json`')


def gaps_and_siting(dock):
    panel = dock.findChild(QWidget, 'renozoneFacilityPanel')
    types = panel.findChild(QComboBox, 'renozoneFacilityType')
    types.setCurrentIndex(types.findData('kindergarten'))
    gaps = main_window_child(QAction, 'renozoneGaps')
    gaps.trigger()
    wait_for(lambda: panel.property('lastGapsJson') and gaps.isEnabled(), 'the facility gaps task ends')
    expected = cli_json('gaps', '--type', 'kindergarten', '--format', 'json')
    check(json.loads(panel.property('lastGapsJson')) == expected,
          f"the gaps overlay equals `renozone gaps` ({expected['district']['covered_households']} of "
          f"{expected['district']['households']} households reached)")
    overlay = layer_named('设施缺口：幼儿园 kindergarten')
    check(overlay is not None and overlay.featureCount() == len(expected['communities']), 'the gaps overlay is on the map, in Chinese')
    panel.findChild(QSpinBox, 'renozoneSiteCount').setValue(3)
    panel.findChild(QDoubleSpinBox, 'renozoneGridSpacing').setValue(100)
    siting = main_window_child(QAction, 'renozoneSuggestSites')
    siting.trigger()
    wait_for(lambda: panel.property('lastSelectionJson') and siting.isEnabled(), 'the siting task ends')
    expected = cli_json('suggest-sites', '--type', 'kindergarten', '--count', '3', '--spacing', '100', '--format', 'json')
    check(json.loads(panel.property('lastSelectionJson')) == expected,
          f"the suggested sites equal `renozone suggest-sites` (+{expected['new_covered_households']} households)")
    suggested = layer_named('建议选址：幼儿园 kindergarten')
    check(suggested is not None and suggested.featureCount() == 3, 'the suggested sites are on the map')


def facility_index(registry, algorithm):
    options = registry.algorithmById(algorithm).parameterDefinition('TYPE').options()
    return [i for i, o in enumerate(options) if o.endswith('(kindergarten)')][0]


def algorithms(units, site_point, site_expected):
    import processing
    registry = QgsApplication.processingRegistry()
    check(registry.algorithmById('renozone:tag').displayName() == '标注改造小区与楼栋', 'Processing speaks Chinese with QGIS')
    report = cli_json('report', '--format', 'json')

    tagged = os.path.join(WORK, 'processing-tagged.gpkg')
    out = processing.runAndLoadResults('renozone:tag', {'OUTPUT': tagged})
    settle()
    check(out['BUILDINGS_IN_PLAN'] == report['district']['buildings'], 'renozone:tag counts the buildings the CLI counts')
    loaded = layer_named('communities', tagged)
    check(loaded is not None and loaded.renderer().type() == 'categorizedSymbol', 'renozone:tag loads its layers styled')

    out = processing.run('renozone:coverage', {'DATA': tagged, 'OUTPUT': 'TEMPORARY_OUTPUT'})
    rows = {f['level'] + ':' + (f['code'] or ''): f for f in out['OUTPUT'].getFeatures()}
    check(len(rows) == 1 + len(report['streets']) + len(report['communities']), 'renozone:coverage has one row per district, street, community')
    check(all(rows['community:' + c['id']]['households'] == c['households'] for c in report['communities']),
          'renozone:coverage households equal the CLI for every community')
    check(abs(out['FLOOR_AREA_M2'] - report['district']['floor_area_m2']) < 0.01, 'renozone:coverage floor area equals the CLI')
    households = out['OUTPUT'].fields().field('households')
    check(households.alias() == '户数', f'renozone:coverage keeps the field name households with the Chinese alias 户数 '
                                         f'(alias {households.alias()!r})')

    out = processing.run('renozone:unitstats', {'INPUT': units, 'OUTPUT': 'TEMPORARY_OUTPUT'})
    unit = next(out['OUTPUT'].getFeatures())
    expected = cli_json('unit', '--layer', units.source().split('|')[0], '--layer-name', 'implementation_units', '--format', 'json')
    check(unit['buildings'] == expected['buildings'] and unit['households'] == expected['households'],
          'renozone:unitstats equals `renozone unit --layer` for the saved unit')

    sites = QgsVectorLayer('Point?crs=EPSG:4545&field=name:string', 'candidates', 'memory')
    feature = QgsFeature(sites.fields())
    feature.setAttributes(['clicked'])
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(site_point)))
    sites.dataProvider().addFeature(feature)
    kindergarten = facility_index(registry, 'renozone:checksite')
    out = processing.run('renozone:checksite', {'INPUT': sites, 'TYPE': kindergarten, 'OUTPUT': 'TEMPORARY_OUTPUT'})
    checked = next(out['OUTPUT'].getFeatures())
    check(checked['verdict'] == site_expected['verdict'] and checked['households_served'] == site_expected['households_served'],
          'renozone:checksite equals the CLI for the clicked site')

    kindergarten = facility_index(registry, 'renozone:gaps')
    out = processing.run('renozone:gaps', {'TYPE': kindergarten, 'OUTPUT': 'TEMPORARY_OUTPUT'})
    gaps = cli_json('gaps', '--type', 'kindergarten', '--format', 'json')
    check(out['COVERED_HOUSEHOLDS'] == gaps['district']['covered_households'] and
          out['OUTPUT'].featureCount() == len(gaps['communities']), 'renozone:gaps equals `renozone gaps`')
    out = processing.run('renozone:suggestsites', {'TYPE': kindergarten, 'COUNT': 2, 'SPACING': 100, 'OUTPUT': 'TEMPORARY_OUTPUT'})
    chosen = cli_json('suggest-sites', '--type', 'kindergarten', '--count', '2', '--spacing', '100', '--format', 'json')
    check(out['NEW_COVERED_HOUSEHOLDS'] == chosen['new_covered_households'] and
          [f['candidate_id'] for f in out['OUTPUT'].getFeatures()] == [site['id'] for site in chosen['sites']],
          'renozone:suggestsites chooses the sites `renozone suggest-sites` chooses')

    path = os.path.join(WORK, 'coverage.md')
    processing.run('renozone:export', {'FORMAT': 3, 'OUTPUT': path})
    with open(path, encoding='utf-8') as f:
        check(f.read() == cli('report', '--format', 'markdown'), 'renozone:export writes `renozone report --format markdown`')


def own_data(dock):
    """Files nobody here made, as an OpenStreetMap extract gives them (EPSG:4326, French names,
    no floors, year or households): opened through the "your own data" form with only the id
    fields mapped; each neighbourhood's building count equals QGIS's own point-on-surface count."""
    folder = os.path.join(WORK, 'osm')
    os.makedirs(folder, exist_ok=True)
    subprocess.run(['/usr/bin/python3', os.environ['RENOZONE_OSM_SAMPLE'], folder], check=True, capture_output=True)
    quarters_path, buildings_path = os.path.join(folder, 'quartiers.geojson'), os.path.join(folder, 'batiments.geojson')
    output = os.path.join(folder, 'strasbourg-renozone.gpkg')
    seen = {}

    def fill():
        dialog = QApplication.activeModalWidget()
        seen['dialog'] = dialog is not None and dialog.objectName() == 'renozoneOwnDataDialog'
        if not seen['dialog']:
            return
        dialog.findChild(QgsFileWidget, 'renozoneOwnData_communities_file').setFilePath(quarters_path)
        dialog.findChild(QgsFileWidget, 'renozoneOwnData_buildings_file').setFilePath(buildings_path)
        settle(5)
        seen['name'] = dialog.findChild(QComboBox, 'renozoneOwnData_communities_name').currentText()
        seen['floors'] = dialog.findChild(QComboBox, 'renozoneOwnData_buildings_floors').currentText()
        seen['output'] = dialog.findChild(QgsFileWidget, 'renozoneOwnDataOutput').filePath()
        for kind in ('communities', 'buildings'):
            box = dialog.findChild(QComboBox, f'renozoneOwnData_{kind}_id')
            box.setCurrentIndex(box.findData('osm_id'))
        dialog.findChild(QgsFileWidget, 'renozoneOwnDataOutput').setFilePath(output)
        seen['shot'] = dialog.grab().save(os.path.join(WORK, 'qgis-own-data-dialog.png'))
        dialog.accept()

    QTimer.singleShot(300, fill)
    main_window_child(QAction, 'renozoneOpenOwnData').trigger()
    check(seen.get('dialog'), 'the toolbar opens the "your own data" form')
    check(seen.get('name') == '按常用名（name）', f"the form finds the neighbourhoods' names by the usual names ({seen.get('name')})")
    check(seen.get('floors') == '按常用名（未找到：未知）', f"and says floors are not there: unknown ({seen.get('floors')})")
    check(seen.get('output', '').endswith('batiments-renozone.gpkg'), f"it suggests a GeoPackage beside the buildings ({seen.get('output')})")
    check(seen.get('shot'), 'the form is saved as a picture')
    wait_for(lambda: layer_named('buildings', output) is not None and main_window_child(QAction, 'renozoneOpenOwnData').isEnabled(),
             'the extract is read and tagged as a QGIS task, and its layers shown', seconds=120)
    quarters = QgsVectorLayer(quarters_path, 'quartiers', 'ogr')
    footprints = QgsVectorLayer(buildings_path, 'batiments', 'ogr')
    expected = {q['osm_id']: 0 for q in quarters.getFeatures()}
    shapes = {q['osm_id']: q.geometry() for q in quarters.getFeatures()}
    for b in footprints.getFeatures():
        point = b.geometry().pointOnSurface()
        for key, shape in shapes.items():
            if shape.contains(point):
                expected[key] += 1
    tagged = layer_named('communities', output)
    got = {c['id']: c['all_buildings'] for c in tagged.getFeatures()}
    check(got == expected and sum(got.values()) > 0, f'per-neighbourhood building counts {got} equal QGIS point-on-surface counts')
    check({c['name'] for c in tagged.getFeatures()} >= {'Quartier de la Cathédrale', 'Esplanade & Université'},
          'the accented names arrive as they are')
    buildings = layer_named('buildings', output)
    check(buildings.featureCount() == footprints.featureCount(), f'every footprint is a tagged building ({buildings.featureCount()})')
    check({f['eligibility'] for f in buildings.getFeatures()} == {'unknown'}, "without floors and years, eligibility is 'unknown'")
    check(sum(legend_labels_drawn(buildings).values()) == buildings.featureCount(), 'QGIS draws every tagged building in a legend class')
    header = dock.findChild(QLabel, 'renozoneSourceLabel').text()
    check('batiments.geojson' in header and 'EPSG:32632' in header, f'the dock names the data and its UTM working CRS ({header})')
    canvas = iface.mapCanvas()
    check(QgsProject.instance().crs().authid() == 'EPSG:32632',
          f'a project in a CRS made for China takes the data\'s UTM zone ({QgsProject.instance().crs().authid()})')
    check(canvas.extent().contains(tagged.extent().center()), 'and the map shows the opened data')
    status = dock.findChild(QLabel, 'renozoneCoverageStatus').text()
    check('缺层数 75 栋' in status, f'the dashboard says what the records leave unknown ({status})')
    tree = dock.findChild(QTreeWidget, 'renozoneCoverageTree')
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    items += [top.child(j) for top in items for j in range(top.childCount())]
    rows = {item.data(0, Qt.UserRole): int(item.text(2).replace(',', '')) for item in items
            if item.data(0, Qt.UserRole + 1) == 'community'}
    check(rows == expected, f'without a plan the dashboard lists every neighbourhood with its buildings ({rows})')
    screenshot(dock, 0, 'qgis-own-data.png')

    import processing
    own = {'COMMUNITIES_FILE': quarters_path, 'BUILDINGS_FILE': buildings_path,
           'FIELDS': 'communities.id=osm_id\nbuildings.id=osm_id', 'DEFAULTS': 'buildings.floors=4'}
    out = processing.run('renozone:coverage', {**own, 'OUTPUT': 'TEMPORARY_OUTPUT'})
    expected_json = cli_json('report', '--format', 'json', '--communities', quarters_path, '--buildings', buildings_path,
                             '--field', 'communities.id=osm_id', '--field', 'buildings.id=osm_id', '--default', 'buildings.floors=4')
    district = next(f for f in out['OUTPUT'].getFeatures() if f['level'] == 'district')
    check(district['all_buildings'] == expected_json['district']['all_buildings'] == footprints.featureCount(),
          f"renozone:coverage takes the files, mapping and default as the CLI does ({district['all_buildings']} buildings)")
    assumed = os.path.join(folder, 'processing-assumed.gpkg')
    processing.run('renozone:tag', {**own, 'OUTPUT': assumed})
    tagged_buildings = QgsVectorLayer(assumed + '|layername=buildings', 'assumed', 'ogr')
    floor_area = sum(f['floor_area_m2'] for f in tagged_buildings.getFeatures())
    check({f['floors'] for f in tagged_buildings.getFeatures()} == {4}
          and abs(floor_area - expected_json['district']['inventory']['floor_area_m2']) < 0.01,
          f'renozone:tag assumes 4 floors where none is given: {floor_area:.2f} m², the CLI\'s inventory')


def run():
    try:
        iface.mainWindow().resize(1600, 1000)
        toolbar = main_window_child(QToolBar, 'renozoneToolbar')
        check(toolbar.isVisible(), 'the renozone toolbar is shown')
        text = main_window_child(QAction, 'renozoneOpenEmbedded').text()
        check(text == '打开内置武隆数据', f'the plugin speaks Chinese with QGIS ({text}; QGIS locale {QgsApplication.locale()})')
        dock = main_window_child(QDockWidget, 'RenozoneDock')
        open_and_follow_selection(dock)
        tag(dock)
        site_point, site_expected = check_site(dock)
        unit_panel, finished = draw_unit(dock)
        screenshot(dock, 1, 'qgis-plugin.png')
        units = save_unit(unit_panel, finished)
        export(dock)
        gaps_and_siting(dock)
        screenshot(dock, 3, 'qgis-plugin-gaps.png')
        algorithms(units, site_point, site_expected)
        own_data(dock)
        results.append('checks: passed')
    except Exception:
        results.append('FAIL ' + traceback.format_exc())
    with open(os.path.join(WORK, 'result.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(results) + '\n')
    QgsProject.instance().clear()
    QgsProject.instance().setDirty(False)
    iface.actionExit().trigger()


QTimer.singleShot(2000, run)
