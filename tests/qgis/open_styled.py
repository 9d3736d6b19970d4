"""Opens a GeoPackage written by `renozone tag` in QGIS (headless) and checks
that every layer loads with the number of features OGR counts and with the
renderer its styles/*.qml defines, read from the file's layer_styles table.

usage: /usr/bin/python3 open_styled.py OUTPUT.gpkg [PNG]  (PNG: also render the map)
"""
import sys

from osgeo import ogr
from qgis.core import (QgsApplication, QgsMapRendererParallelJob, QgsMapSettings, QgsProject,
                       QgsRectangle, QgsVectorLayer)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

EXPECTED_RENDERER = {
    'communities': ('categorizedSymbol', 'phase'),
    'buildings': ('RuleRenderer', None),
    'streets': ('singleSymbol', None),
    'river': ('singleSymbol', None),
    'roads': ('categorizedSymbol', 'class'),
    'facilities': ('categorizedSymbol', 'type'),
    'heritage': ('singleSymbol', None),
}
DRAW_ORDER = ['buildings', 'facilities', 'roads', 'heritage', 'communities', 'river', 'streets']


def fail(message):
    print('FAIL: ' + message)
    sys.exit(1)


def check_layer(path, name, expected_count):
    layer = QgsVectorLayer(f'{path}|layername={name}', name, 'ogr')
    if not layer.isValid():
        fail(f'{name}: QGIS cannot open the layer')
    if layer.featureCount() != expected_count:
        fail(f'{name}: QGIS counts {layer.featureCount()} features, OGR {expected_count}')
    renderer, attribute = EXPECTED_RENDERER[name]
    if layer.renderer().type() != renderer:
        fail(f'{name}: renderer is {layer.renderer().type()}, expected {renderer} from layer_styles')
    if attribute and layer.renderer().classAttribute() != attribute:
        fail(f'{name}: classified by {layer.renderer().classAttribute()}, expected {attribute}')
    print(f'ok {name}: {expected_count} features, {renderer}')
    return layer


def render(layers, png):
    settings = QgsMapSettings()
    settings.setLayers([layers[n] for n in DRAW_ORDER if n in layers])
    settings.setDestinationCrs(layers['communities'].crs())
    extent = QgsRectangle(layers['communities'].extent())
    extent.scale(1.05)
    settings.setExtent(extent)
    settings.setOutputSize(QSize(1600, 900))
    settings.setBackgroundColor(QColor(250, 250, 245))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    job.renderedImage().save(png)
    print(f'rendered {png}')


def main():
    path = sys.argv[1]
    app = QgsApplication([], False)
    app.initQgis()
    counts = {layer.GetName(): layer.GetFeatureCount() for layer in ogr.Open(path)}
    for required in ('communities', 'buildings', 'coverage', 'repairs', 'discrepancies', 'layer_styles'):
        if required not in counts:
            fail(f'layer {required} missing from {path}')
    layers = {name: check_layer(path, name, counts[name]) for name in EXPECTED_RENDERER if name in counts}
    for name, layer in layers.items():
        QgsProject.instance().addMapLayer(layer, False)
    if len(sys.argv) > 2:
        render(layers, sys.argv[2])
    print('all layers styled')


if __name__ == '__main__':
    main()
