// Not a test itself: writes the legend class the viewer draws each feature in,
// as layer<TAB>id (code, name)<TAB>label, for tests/qgis/styles_agree.sh to hold against
// what real QGIS draws. usage: viewer_feature_classes SOURCE OUT.tsv
#include "style_classifier.h"
#include "viewer_session.h"

#include "core/base/errors.h"

#include <QGuiApplication>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: viewer_feature_classes SOURCE OUT.tsv\n");
        return 2;
    }
    try {
        const renozone::viewer::ViewerSession session(QString::fromUtf8(argv[1]));
        std::vector<std::string> rows;
        for (const auto& layer : session.layers()) {
            const QString key = layer->id == "streets" ? "code" : layer->id == "river" ? "name" : "id";
            for (int f = 0; f < static_cast<int>(layer->size()); ++f) {
                const int c = layer->classes[f];
                const QString label = c == renozone::viewer::no_class ? QString() : layer->style.classes[c].label;
                const QString id = layer->attributes.value(f, key).toString();
                rows.push_back((layer->id + '\t' + id + '\t' + label).toStdString());
            }
        }
        std::sort(rows.begin(), rows.end());
        std::ofstream out(argv[2], std::ios::binary);
        for (const auto& row : rows) out << row << '\n';
        return out ? 0 : 4;
    } catch (const renozone::Error& e) {
        std::fprintf(stderr, "viewer_feature_classes: %s\n", e.what());
        return 3;
    }
}
