"""Draws a tagged GeoPackage's layers with real QGIS (headless) and checks, feature
by feature, that each feature gets the legend class its attributes call for, and
that every legend class of every styled layer is reached by some feature.  The
expected class is worked out here from the attributes OGR reads, not from the
style.  Writes what QGIS drew as layer<TAB>id<TAB>legend label, one line a
feature, for the viewer to be compared against.

usage: /usr/bin/python3 legend_classes.py TAGGED.gpkg OUT.tsv
"""
import collections
import sys

from osgeo import ogr
from qgis.core import QgsApplication, QgsRenderContext, QgsVectorLayer

# Buildings: the first flag that is set names the class, in this order.
BUILDING_CLASSES = [('heritage', '历史建筑 heritage'), ('d_grade', 'D级危房 D-grade'),
                    ('in_plan', '纳入改造 in plan'), ('eligible', '符合条件未纳入 eligible, not planned')]
# Categorised layers: the field whose value names the class; other values take
# the class of the empty value (其他 other, 未纳入规划 not planned).
CATEGORISED = {'communities': 'phase', 'roads': 'class', 'facilities': 'type'}
SINGLE = ['streets', 'river', 'heritage']


# The field that names a feature: id, but code for streets and name for the river.
KEY_FIELD = {'streets': 'code', 'river': 'name'}


def fail(message):
    print('FAIL: ' + message)
    sys.exit(1)


def expected_building_class(feature):
    for field, label in BUILDING_CLASSES:
        if feature.GetField(field):
            return label
    return '其他 other'


def expected_categorised_class(feature, field, labels_by_value):
    value = feature.GetField(field) or ''
    return labels_by_value.get(value, labels_by_value[''])


def qgis_classes(path, name):
    """{id: legend label} as QGIS draws the layer, and the legend's labels."""
    layer = QgsVectorLayer(f'{path}|layername={name}', name, 'ogr')
    if not layer.isValid():
        fail(f'{name}: QGIS cannot open the layer')
    renderer = layer.renderer().clone()
    label_of = {item.ruleKey(): item.label() for item in renderer.legendSymbolItems()}
    context = QgsRenderContext()
    renderer.startRender(context, layer.fields())
    drawn = {}
    key = KEY_FIELD.get(name, 'id')
    for feature in layer.getFeatures():
        context.expressionContext().setFeature(feature)
        keys = [k for k in renderer.legendKeysForFeature(feature, context) if k in label_of]
        if len(keys) != 1:
            fail(f'{name} {feature[key]}: QGIS draws it in {len(keys)} legend classes, expected one')
        drawn[str(feature[key])] = label_of[keys[0]]
    renderer.stopRender(context)
    categories = {}
    if hasattr(renderer, 'categories'):
        categories = {str(c.value()) if c.value() is not None else '': c.label() for c in renderer.categories()}
    return drawn, set(label_of.values()), categories


def check_layer(path, name, source):
    drawn, legend, categories = qgis_classes(path, name)
    expected = {}
    for feature in source.GetLayerByName(name):
        if name == 'buildings':
            expected[str(feature.GetField('id'))] = expected_building_class(feature)
        elif name in CATEGORISED:
            expected[str(feature.GetField('id'))] = expected_categorised_class(feature, CATEGORISED[name], categories)
    for fid, label in expected.items():
        if drawn.get(fid) != label:
            fail(f'{name} {fid}: QGIS draws it as {drawn.get(fid)!r}, its attributes call for {label!r}')
    unreached = legend - set(drawn.values())
    if unreached:
        fail(f'{name}: no feature is drawn in legend class(es) {sorted(unreached)}')
    counts = collections.Counter(drawn.values())
    print(f'ok {name}: ' + ', '.join(f'{label} {counts[label]}' for label in sorted(counts)))
    return drawn


def main():
    path, out = sys.argv[1], sys.argv[2]
    app = QgsApplication([], False)
    app.initQgis()
    source = ogr.Open(path)
    rows = []
    for name in ['buildings', *CATEGORISED, *SINGLE]:
        if source.GetLayerByName(name) is None:
            fail(f'layer {name} missing from {path}')
        drawn = check_layer(path, name, source)
        rows += [f'{name}\t{fid}\t{label}' for fid, label in sorted(drawn.items())]
    with open(out, 'w', encoding='utf-8') as f:
        f.write('\n'.join(rows) + '\n')
    print(f'every legend class reached; {len(rows)} features written')


if __name__ == '__main__':
    main()
