#include "own_data_dialog.h"

#include "core/io/cad_layer.h"
#include "core/io/source.h"
#include "core/model/field_catalog.h"
#include "core/model/field_mapping.h"
#include "core/vocabulary/field_titles.h"
#include "engine_text.h"
#include "project_layers.h"

#include <qgsfilewidget.h>
#include <qgsprojectionselectionwidget.h>

#include <ogrsf_frmts.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace renozone::plugin {
namespace {

const QStringList layer_kinds{QStringLiteral("communities"), QStringLiteral("buildings")};

QStringList field_names(OGRLayer& layer) {
    QStringList names;
    OGRFeatureDefn* defn = layer.GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i) names << qs(defn->GetFieldDefn(i)->GetNameRef());
    return names;
}

QString field_label(const std::string& field) {
    const QString name = qs(field);
    return has_field_title(field) ? QStringLiteral("%1 (%2)").arg(qs(field_title(field, interface_lang())), name) : name;
}

}  // namespace

OwnDataDialog::OwnDataDialog(const QString& folder, QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("renozoneOwnDataDialog"));
    setWindowTitle(tr("Open your own data"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Communities and buildings from files of your own: only the outlines are required. "
                                "A field left at “usual names” is found by its usual names (层数, floors, building:levels …); "
                                "a value nobody gives is counted as unknown, never guessed."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* tabs = new QTabWidget(this);
    tabs->addTab(make_layer_form(QStringLiteral("communities"), forms_[QStringLiteral("communities")]), tr("Communities"));
    tabs->addTab(make_layer_form(QStringLiteral("buildings"), forms_[QStringLiteral("buildings")]), tr("Buildings"));
    tabs->addTab(make_defaults_form(), tr("Assumed values"));
    layout->addWidget(tabs, 1);

    auto* common = new QFormLayout;
    crs_ = new QgsProjectionSelectionWidget(this);
    crs_->setObjectName(QStringLiteral("renozoneOwnDataCrs"));
    crs_->setOptionVisible(QgsProjectionSelectionWidget::CrsNotSet, true);
    crs_->setNotSetText(tr("the files' own"));
    crs_->setCrs(QgsCoordinateReferenceSystem());
    crs_->setToolTip(tr("Only for a file that has no CRS of its own: a DXF drawing, a Shapefile without .prj"));
    common->addRow(tr("CRS of a file without one"), crs_);
    output_ = new QgsFileWidget(this);
    output_->setObjectName(QStringLiteral("renozoneOwnDataOutput"));
    output_->setStorageMode(QgsFileWidget::SaveFile);
    output_->setFilter(tr("GeoPackage (*.gpkg)"));
    output_->setDefaultRoot(folder);
    output_->setToolTip(tr("The communities and buildings tagged for the plan; the map shows it and units are saved in it"));
    common->addRow(tr("Tagged GeoPackage"), output_);
    layout->addLayout(common);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &OwnDataDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OwnDataDialog::reject);
    layout->addWidget(buttons);

    for (const QString& kind : layer_kinds) forms_[kind].file->setDefaultRoot(folder);
    connect(crs_, &QgsProjectionSelectionWidget::crsChanged, this, [this] {
        for (const QString& kind : layer_kinds) list_fields(kind);
    });
    resize(560, 620);
}

QWidget* OwnDataDialog::make_layer_form(const QString& kind, LayerForm& form) {
    auto* page = new QWidget(this);
    auto* layout = new QFormLayout(page);
    form.file = new QgsFileWidget(page);
    form.file->setObjectName(QStringLiteral("renozoneOwnData_%1_file").arg(kind));
    form.file->setFilter(vector_file_filter());
    layout->addRow(tr("File"), form.file);
    form.layer = new QLineEdit(page);
    form.layer->setObjectName(QStringLiteral("renozoneOwnData_%1_layer").arg(kind));
    form.layer->setPlaceholderText(kind == QLatin1String("buildings") ? tr("the only one, or “%1”; in a DXF: JMD").arg(kind)
                                                                       : tr("the only one, or “%1”; in a DXF: name it").arg(kind));
    layout->addRow(tr("Layer"), form.layer);
    form.note = new QLabel(page);
    form.note->setObjectName(QStringLiteral("renozoneOwnData_%1_note").arg(kind));
    form.note->setWordWrap(true);
    layout->addRow(form.note);
    form.fields_box = new QGroupBox(tr("Which field holds …"), page);
    auto* fields = new QFormLayout(form.fields_box);
    for (const FieldSpec& field : layer_spec(ss(kind)).fields) {
        if (field.name == "built_period") continue;  // renozone's own output column, read back as it writes it
        auto* box = new QComboBox(form.fields_box);
        box->setObjectName(QStringLiteral("renozoneOwnData_%1_%2").arg(kind, qs(field.name)));
        fields->addRow(field_label(field.name), box);
        form.fields.insert(qs(field.name), box);
    }
    layout->addRow(form.fields_box);
    connect(form.file, &QgsFileWidget::fileChanged, this, [this, kind] {
        list_fields(kind);
        if (kind == QLatin1String("buildings")) suggest_output();
    });
    connect(form.layer, &QLineEdit::editingFinished, this, [this, kind] { list_fields(kind); });
    list_fields(kind);
    return page;
}

QWidget* OwnDataDialog::make_defaults_form() {
    auto* page = new QWidget(this);
    auto* layout = new QFormLayout(page);
    auto* note = new QLabel(tr("A value to assume for every building that has none, e.g. 1 floor for single-storey sheds. "
                               "Each assumption is written into the outputs; leave empty to count the value as unknown."),
                            page);
    note->setWordWrap(true);
    layout->addRow(note);
    for (const std::string& name : FieldMapping::default_fields()) {
        const QString field = qs(name);
        auto* value = new QLineEdit(page);
        value->setObjectName(QStringLiteral("renozoneOwnDataDefault_%1").arg(field));
        value->setPlaceholderText(tr("unknown"));
        layout->addRow(field_label(name), value);
        defaults_.insert(field, value);
    }
    return page;
}

void OwnDataDialog::list_fields(const QString& kind) {
    LayerForm& form = forms_[kind];
    const QString path = form.file->filePath();
    const bool drawing = is_dxf(ss(path));
    form.fields_box->setEnabled(!path.isEmpty() && !drawing);
    // The file's fields, and what the usual names find in them as a load with
    // no mapping would: the core chooses the layer and resolves the names.
    QStringList names;
    QMap<QString, QString> found;
    QString problem;
    if (!path.isEmpty() && !drawing) {
        try {
            SourceSpec spec;
            spec.path = ss(path);
            spec.layer = ss(form.layer->text());
            spec.crs = ss(crs_->crs().authid());
            std::shared_ptr<GDALDataset> dataset(open_vector(spec.path, ""));
            names = field_names(choose_layer(*dataset, spec, ss(kind)));
            OpenLayer layer(spec, ss(kind), FieldMapping{}, "", dataset);
            for (auto it = form.fields.cbegin(); it != form.fields.cend(); ++it) found.insert(it.key(), qs(layer.source_field_name(ss(it.key()))));
        } catch (const std::exception& e) {
            problem = error_text(e);
        }
    }
    form.note->setText(drawing ? tr("A CAD drawing: closed polylines are the outlines, the texts inside them (砼6, 混3 …) "
                                    "give structure and floors; there are no fields to choose.")
                       : !problem.isEmpty() ? problem
                       : path.isEmpty()     ? QString()
                                            : tr("%n field(s) in the file", nullptr, names.size()));
    for (auto it = form.fields.begin(); it != form.fields.end(); ++it) {
        QComboBox* box = it.value();
        const QString chosen = box->currentData().toString();
        box->clear();
        const QString usual = found.value(it.key());
        box->addItem(usual.isEmpty() ? tr("usual names (none found: unknown)") : tr("usual names (%1)").arg(usual), QString());
        for (const QString& name : names) box->addItem(name, name);
        box->setCurrentIndex(std::max(0, box->findData(chosen)));
    }
}

void OwnDataDialog::suggest_output() {
    const QString buildings = forms_[QStringLiteral("buildings")].file->filePath();
    if (buildings.isEmpty() || (!output_->filePath().isEmpty() && output_->filePath() != suggested_output_)) return;
    const QFileInfo file(buildings);
    suggested_output_ = QDir(file.absolutePath()).filePath(file.completeBaseName() + QStringLiteral("-renozone.gpkg"));
    output_->setFilePath(suggested_output_);
}

widgets::SessionSource OwnDataDialog::source() const {
    widgets::SessionSource source;
    const LayerForm& communities = forms_[QStringLiteral("communities")];
    const LayerForm& buildings = forms_[QStringLiteral("buildings")];
    source.communities = communities.file->filePath();
    source.buildings = buildings.file->filePath();
    source.communities_layer = communities.layer->text().trimmed();
    source.buildings_layer = buildings.layer->text().trimmed();
    source.communities_crs = source.buildings_crs = crs_->crs().authid();
    for (const QString& kind : layer_kinds)
        for (auto it = forms_[kind].fields.cbegin(); it != forms_[kind].fields.cend(); ++it)
            if (const QString name = it.value()->currentData().toString(); !name.isEmpty())
                source.fields << QStringLiteral("%1.%2=%3").arg(kind, it.key(), name);
    for (auto it = defaults_.cbegin(); it != defaults_.cend(); ++it)
        if (const QString value = it.value()->text().trimmed(); !value.isEmpty())
            source.defaults << QStringLiteral("buildings.%1=%2").arg(it.key(), value);
    return source;
}

QString OwnDataDialog::output() const { return output_->filePath(); }

void OwnDataDialog::accept() {
    const widgets::SessionSource chosen = source();
    QString problem;
    if (chosen.communities.isEmpty() || chosen.buildings.isEmpty()) problem = tr("Choose the communities' file and the buildings' file");
    else if (output().isEmpty()) problem = tr("Choose the GeoPackage to write the tagged data to");
    else {
        try {
            chosen.inputs();
        } catch (const std::exception& e) {
            problem = error_text(e);
        }
    }
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), problem);
        return;
    }
    QDialog::accept();
}

}  // namespace renozone::plugin
