#include "pdf_text_names.h"

#include <QFont>
#include <QHash>
#include <QRawFont>
#include <QRegularExpression>

namespace renozone::viewer {
namespace {

bool is_radical(uint code) { return code >= 0x2E80 && code <= 0x2FDF; }

// Radical -> the unified ideograph the font draws with the same glyph.
QHash<uint, uint> ideographs_of_radicals(const QString& font_family) {
    QFont font(font_family);
    font.setPixelSize(64);
    const QRawFont raw = QRawFont::fromFont(font);
    QHash<quint32, uint> ideograph_of_glyph;
    for (uint code = 0x4E00; code <= 0x9FFF; ++code) {
        const auto glyphs = raw.glyphIndexesForString(QString(QChar(static_cast<char16_t>(code))));
        if (!glyphs.isEmpty() && glyphs.first() != 0 && !ideograph_of_glyph.contains(glyphs.first()))
            ideograph_of_glyph.insert(glyphs.first(), code);
    }
    QHash<uint, uint> out;
    for (uint code = 0x2E80; code <= 0x2FDF; ++code) {
        const auto glyphs = raw.glyphIndexesForString(QString(QChar(static_cast<char16_t>(code))));
        if (glyphs.isEmpty() || glyphs.first() == 0) continue;
        if (const auto it = ideograph_of_glyph.constFind(glyphs.first()); it != ideograph_of_glyph.constEnd())
            out.insert(code, *it);
    }
    return out;
}

// Rewrites the destination names in one ToUnicode block, keeping every byte's place.
int correct_block(QByteArray& pdf, qsizetype begin, qsizetype end, const QHash<uint, uint>& ideographs) {
    static const QRegularExpression hex4("<([0-9A-Fa-f]{4})>");
    int corrected = 0;
    const QString block = QString::fromLatin1(pdf.mid(begin, end - begin));
    // Only destinations: inside [ … ] arrays, or the last of three names on a line.
    qsizetype line_start = 0;
    while (line_start < block.size()) {
        qsizetype line_end = block.indexOf('\n', line_start);
        if (line_end < 0) line_end = block.size();
        const QString line = block.mid(line_start, line_end - line_start);
        const qsizetype bracket = line.indexOf('[');
        auto matches = hex4.globalMatch(line);
        QList<QRegularExpressionMatch> names;
        while (matches.hasNext()) names.push_back(matches.next());
        for (int i = 0; i < names.size(); ++i) {
            const bool in_array = bracket >= 0 && names[i].capturedStart() > bracket;
            const bool single_destination =
                bracket < 0 && ((names.size() == 2 && i == 1) || (names.size() == 3 && i == 2 && names[0].captured(1) == names[1].captured(1)));
            if (!in_array && !single_destination) continue;
            const uint code = names[i].captured(1).toUInt(nullptr, 16);
            const auto it = ideographs.constFind(code);
            if (!is_radical(code) || it == ideographs.constEnd()) continue;
            const QByteArray replacement = QByteArray::number(*it, 16).toUpper().rightJustified(4, '0');
            pdf.replace(begin + line_start + names[i].capturedStart(1), 4, replacement);
            ++corrected;
        }
        line_start = line_end + 1;
    }
    return corrected;
}

}  // namespace

int correct_cjk_text_names(QByteArray& pdf, const QString& font_family) {
    QHash<uint, uint> ideographs;
    int corrected = 0;
    for (const auto& [open, close] : {std::pair{"beginbfrange", "endbfrange"}, std::pair{"beginbfchar", "endbfchar"}}) {
        for (qsizetype at = pdf.indexOf(open); at >= 0; at = pdf.indexOf(open, at + 1)) {
            const qsizetype end = pdf.indexOf(close, at);
            if (end < 0) break;
            if (ideographs.isEmpty()) ideographs = ideographs_of_radicals(font_family);
            corrected += correct_block(pdf, at, end, ideographs);
        }
    }
    return corrected;
}

}  // namespace renozone::viewer
