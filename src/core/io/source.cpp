#include "core/io/source.h"

#include "core/base/controls.h"
#include "core/base/errors.h"
#include "core/base/findings.h"
#include "core/base/gdal_errors.h"
#include "core/base/text_utils.h"
#include "core/geometry/crs.h"
#include "core/model/field_catalog.h"

#include <cpl_vsi.h>

#include <filesystem>

namespace renozone {
namespace {

namespace fs = std::filesystem;

// The sibling of a .shp with another extension, in either letter case; "" when missing.
std::string shapefile_part(const std::string& shp, const std::string& ext) {
    const std::string stem = shp.substr(0, shp.size() - 4);
    for (const std::string& candidate : {stem + ext, stem + to_upper_ascii(ext)})
        if (fs::exists(candidate)) return candidate;
    return {};
}

// GDAL's own messages for a partial Shapefile name the wrong part or none.
void require_shapefile_parts(const std::string& path) {
    if (!has_extension(path, ".shp") || !fs::exists(path)) return;
    for (const char* ext : {".shx", ".dbf"})
        if (shapefile_part(path, ext).empty())
            throw InputError(path + ": its " + ext + " file is missing; a Shapefile needs the .shp, .shx and .dbf "
                                    "files side by side");
}


bool looks_like_shapefile(const std::string& path) {
    return has_extension(path, ".shp") || has_extension(path, ".dbf") || has_extension(path, ".zip") ||
           std::filesystem::is_directory(path);
}

}  // namespace

GDALDatasetUniquePtr open_vector(const std::string& path, const std::string& encoding) {
    init_gdal();
    require_shapefile_parts(path);
    std::string option = "ENCODING=" + encoding;
    const char* shapefile_options[] = {option.c_str(), nullptr};
    const bool pass_encoding = !encoding.empty() && looks_like_shapefile(path);
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                              pass_encoding ? shapefile_options : nullptr, nullptr));
    if (!ds) {
        std::string detail = take_last_gdal_error();
        VSIStatBufL stat;
        const bool exists = VSIStatL(path.c_str(), &stat) == 0;
        if (!exists && path.find(':') == std::string::npos) throw InputError(path, {"no such file", "文件不存在"});
        if (exists && VSI_ISREG(stat.st_mode) && stat.st_size == 0)
            throw InputError(path, {"the file is empty (0 bytes)", "文件为空（0 字节）"});
        const Problem why = detail.empty() ? Problem{"damaged, or not a format GDAL reads", "文件已损坏，或不是 GDAL 能读取的格式"}
                                           : Problem{detail, detail};
        throw InputError(path, {"cannot open as a vector source: " + why.en, "无法作为矢量数据打开：" + why.zh});
    }
    return ds;
}

std::shared_ptr<GDALDataset> SourceFiles::open(const std::string& path) {
    auto& dataset = open_[path];
    if (!dataset) dataset = std::shared_ptr<GDALDataset>(open_vector(path, encoding_).release(), GDALDatasetUniquePtrDeleter());
    return dataset;
}

std::unique_ptr<OpenLayer> open_kind(const InputSpec& inputs, const std::string& kind, SourceFiles* files) {
    auto it = inputs.sources.find(kind);
    if (it == inputs.sources.end() || it->second.path.empty()) return nullptr;
    const SourceSpec& spec = it->second;
    SourceFiles own_files(inputs.encoding);
    const std::shared_ptr<GDALDataset> dataset = (files ? files : &own_files)->open(spec.path);
    if (spec.optional && !dataset->GetLayerByName((spec.layer.empty() ? kind : spec.layer).c_str())) return nullptr;
    return std::make_unique<OpenLayer>(spec, kind, inputs.mapping, inputs.encoding, dataset);
}

std::vector<std::string> layer_names(GDALDataset& ds) {
    std::vector<std::string> names;
    for (auto* layer : ds.GetLayers()) names.emplace_back(layer->GetName());
    return names;
}

OGRLayer& choose_layer(GDALDataset& ds, const SourceSpec& spec, const std::string& kind) {
    const auto names = layer_names(ds);
    if (!spec.layer.empty()) {
        if (OGRLayer* layer = ds.GetLayerByName(spec.layer.c_str())) return *layer;
        throw InputError(spec.path, {"no layer '" + spec.layer + "' (layers: " + join_list(names) + ")",
                                     "没有图层“" + spec.layer + "”（现有图层：" + join_list(names) + "）"});
    }
    if (OGRLayer* named = ds.GetLayerByName(kind.c_str())) return *named;
    if (names.size() == 1) return *ds.GetLayer(0);
    if (names.empty()) throw InputError(spec.path, {"holds no layer", "不含任何图层"});
    throw InputError(spec.path, {"no layer named '" + kind + "'; " + slot(Control::layer_choice, kind) + " (layers: " + join_list(names) + ")",
                                 "没有名为“" + kind + "”的" + layer_name_zh(kind) + "图层（现有图层：" + join_list(names) + "）"});
}

OpenLayer::OpenLayer(const SourceSpec& spec, const std::string& kind, const FieldMapping& mapping,
                     const std::string& encoding)
    : OpenLayer(spec, kind, mapping, encoding, SourceFiles(encoding).open(spec.path)) {}

OpenLayer::OpenLayer(const SourceSpec& spec, const std::string& kind, const FieldMapping& mapping,
                     const std::string& encoding, std::shared_ptr<GDALDataset> dataset)
    : kind_(kind), spec_(spec), encoding_(encoding), dataset_(std::move(dataset)) {
    layer_ = &choose_layer(*dataset_, spec, kind);
    // GDAL reads some formats' CRS while opening and falls back to WGS 84
    // when PROJ does not know it; that error is the only trace left.
    const std::string open_error = take_last_gdal_error();
    where_ = spec.path + ": layer '" + layer_->GetName() + "'";

    const bool spatial = layer_spec(kind).spatial;
    if (spatial && layer_->GetGeomType() == wkbNone)
        throw InputError(where_, {"has no geometry; " + kind + " must be a spatial layer",
                                  "没有几何图形；" + layer_name_zh(kind) + "图层必须含几何"});
    if (spatial) {
        const auto* own = layer_->GetSpatialRef();
        if (spec.crs.empty() && open_error.starts_with("PROJ"))
            throw InputError(where_, {"its coordinate reference system is not one PROJ knows (" + open_error +
                                          "); name it with " + slot(Control::layer_crs, kind),
                                      "其坐标参考系 PROJ 无法识别（" + open_error + "）"});
        if (own && !is_undefined_srs(*own)) {
            srs_ = std::shared_ptr<OGRSpatialReference>(clone_traditional(*own).release(), SrsDeleter{});
            if (!spec.crs.empty())
                srs_ = std::shared_ptr<OGRSpatialReference>(srs_from_user_text(spec.crs, where_).release(), SrsDeleter{});
        } else if (!spec.crs.empty()) {
            srs_ = std::shared_ptr<OGRSpatialReference>(srs_from_user_text(spec.crs, where_).release(), SrsDeleter{});
        } else {
            const bool no_prj = has_extension(spec.path, ".shp") && shapefile_part(spec.path, ".prj").empty();
            throw InputError(where_, {std::string("has no coordinate reference system") + (no_prj ? " (no .prj file)" : "") +
                                          "; name one with " + slot(Control::layer_crs, kind),
                                      std::string("没有坐标参考系") + (no_prj ? "（缺少 .prj 文件）" : "")});
        }
    }
    resolve_fields(mapping);
}

void OpenLayer::resolve_fields(const FieldMapping& mapping) {
    OGRFeatureDefn* defn = layer_->GetLayerDefn();
    auto find = [&](const std::string& name) -> int {
        const int exact = defn->GetFieldIndex(name.c_str());
        if (exact >= 0) return exact;
        const std::string wanted = to_lower_ascii(name);
        for (int i = 0; i < defn->GetFieldCount(); ++i)
            if (to_lower_ascii(defn->GetFieldDefn(i)->GetNameRef()) == wanted) return i;
        return -1;
    };
    std::vector<std::string> unresolved;
    for (const auto& field : layer_spec(kind_).fields) {
        if (auto mapped = mapping.source_name(kind_, field.name)) {
            const int i = find(*mapped);
            if (i < 0)
                throw InputError(where_ + ": field '" + abbreviate(*mapped) + "' given for " + kind_ + "." + field.name +
                                 " does not exist");
            index_[field.name] = i;
            continue;
        }
        int i = find(field.name);
        for (std::size_t a = 0; i < 0 && a < field.aliases.size(); ++a) i = find(field.aliases[a]);
        if (i >= 0) {
            index_[field.name] = i;
        } else if (field.required) {
            if (layer_->GetFeatureCount(TRUE) == 0)
                throw InputError(where_, {"the layer is empty; there are no " + kind_ + " in it", "图层为空，没有任何要素"});
            std::string tried = field.name;
            for (const auto& alias : field.aliases) tried += ", " + alias;
            const Problem hint = encoding_hint();
            throw InputError(where_, {"required field '" + field.name + "' not found (tried " + tried + "); " + slot(Control::field_mapping, kind_ + "." + field.name) + hint.en,
                                      "缺少必需字段“" + field.name + "”（已尝试：" + tried + "）" + hint.zh});
        } else {
            unresolved.push_back(field.name);
        }
    }
    // An optional field missing is an unknown to report (and a field name in
    // the wrong encoding a warning), unless no field is found at all and the
    // names are Chinese read in the wrong encoding: then every figure is lost.
    if (unresolved.empty() || !index_.empty()) return;
    if (const Problem hint = encoding_hint(); !hint.en.empty())
        throw InputError(where_, {"fields " + join_list(unresolved) + " not found" + hint.en,
                                  "未找到字段 " + join_list(unresolved) + hint.zh});
}

int OpenLayer::field(const std::string& canonical) const {
    auto it = index_.find(canonical);
    return it == index_.end() ? -1 : it->second;
}

std::string OpenLayer::source_field_name(const std::string& canonical) const {
    const int i = field(canonical);
    return i < 0 ? std::string() : layer_->GetLayerDefn()->GetFieldDefn(i)->GetNameRef();
}

std::string OpenLayer::driver_name() const {
    GDALDriver* driver = dataset_->GetDriver();
    return driver ? driver->GetDescription() : "";
}

std::string OpenLayer::metadata_item(const char* name) const {
    const char* value = dataset_->GetMetadataItem(name);
    return value ? value : "";
}

std::string OpenLayer::feature_label(OGRFeature& feature) const {
    return renozone::feature_label(feature.GetFID(), text(feature, "id").value_or(""));
}

void read_layer_features(OGRLayer& layer, const std::string& where, const std::function<void(OGRFeature&)>& each,
                         const std::function<std::string(OGRFeature&)>& label) {
    layer.ResetReading();
    long long read = 0;
    for (;;) {
        take_last_gdal_error();  // what `each` left is not this read's
        OGRFeatureUniquePtr feature(layer.GetNextFeature());
        const std::string error = take_last_gdal_error();
        if (!feature) {
            if (!error.empty())
                throw InputError(where + ": reading stopped after " + std::to_string(read) +
                                 " features, the file is damaged: " + error);
            return;
        }
        if (!error.empty())
            throw InputError(where + ": " + (label ? label(*feature) : "feature " + std::to_string(feature->GetFID())) +
                             ": GDAL cannot read it: " + error);
        each(*feature);
        ++read;
    }
}

void OpenLayer::read_features(const std::function<void(OGRFeature&)>& each) {
    read_layer_features(*layer_, where_, each, [this](OGRFeature& f) { return feature_label(f); });
}

Problem OpenLayer::encoding_advice() const {
    if (looks_like_shapefile(spec_.path))
        return {slot(Control::encoding), "请注明 Shapefile 的编码：在 .shp 旁放一个内容为 GBK 的 .cpg 文件"};
    const std::string driver = dataset_->GetDriver()->GetDescription();
    return {"save the file as UTF-8 (" + driver + " text must be UTF-8)", "请将文件另存为 UTF-8 编码（" + driver + " 的文本必须是 UTF-8）"};
}

Problem OpenLayer::encoding_hint() const {
    OGRFeatureDefn* defn = layer_->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        const char* name = defn->GetFieldDefn(i)->GetNameRef();
        if (is_valid_utf8(name) && !looks_like_latin1_mojibake(name)) continue;
        const Problem advice = encoding_advice();
        return {"; the field names look like Chinese text read with the wrong encoding: " + advice.en,
                "；字段名像是以错误编码读取的中文：" + advice.zh};
    }
    return {};
}

std::optional<std::string> OpenLayer::text(OGRFeature& feature, const std::string& canonical) const {
    const int i = field(canonical);
    if (i < 0 || !feature.IsFieldSetAndNotNull(i)) return std::nullopt;
    std::string value = trim(feature.GetFieldAsString(i));
    if (value.empty()) return std::nullopt;
    return value;
}

}  // namespace renozone
