#include "filter_expression.h"

#include <QRegularExpression>

#include <cmath>
#include <optional>
#include <vector>

namespace renozone::viewer {

struct FilterExpression::Node {
    enum class Kind { literal, field, logical_not, negate, binary, function, is_null, in_list, case_when };
    Kind kind = Kind::literal;
    QVariant value;
    QString name;  // field, function or operator
    bool negated = false;
    std::vector<std::shared_ptr<const Node>> args;  // case_when: when, then, when, then, ..., [else]
    bool has_else = false;
};

namespace {

using Node = FilterExpression::Node;
using NodePtr = std::shared_ptr<const Node>;

enum class TokenType { number, string, quoted_name, word, symbol, end };

struct Token {
    TokenType type = TokenType::end;
    QString text;
    int position = 0;
};

std::vector<Token> tokenise(const QString& s) {
    std::vector<Token> tokens;
    int i = 0;
    const int n = s.size();
    while (i < n) {
        const QChar c = s[i];
        if (c.isSpace()) { ++i; continue; }
        Token t;
        t.position = i;
        if (c.isDigit() || (c == '.' && i + 1 < n && s[i + 1].isDigit())) {
            int j = i;
            while (j < n && (s[j].isDigit() || s[j] == '.')) ++j;
            if (j < n && (s[j] == 'e' || s[j] == 'E')) {
                ++j;
                if (j < n && (s[j] == '+' || s[j] == '-')) ++j;
                while (j < n && s[j].isDigit()) ++j;
            }
            t.type = TokenType::number;
            t.text = s.mid(i, j - i);
            i = j;
        } else if (c == '\'' || c == '"') {
            QString text;
            int j = i + 1;
            bool closed = false;
            while (j < n) {
                if (s[j] == c) {
                    if (j + 1 < n && s[j + 1] == c) { text += c; j += 2; continue; }  // doubled quote
                    closed = true;
                    ++j;
                    break;
                }
                if (s[j] == '\\' && j + 1 < n) { text += s[j + 1]; j += 2; continue; }
                text += s[j++];
            }
            if (!closed) throw ExpressionError("unterminated quote at " + std::to_string(i));
            t.type = c == '\'' ? TokenType::string : TokenType::quoted_name;
            t.text = text;
            i = j;
        } else if (c.isLetter() || c == '_') {
            int j = i;
            while (j < n && (s[j].isLetterOrNumber() || s[j] == '_')) ++j;
            t.type = TokenType::word;
            t.text = s.mid(i, j - i);
            i = j;
        } else {
            static const QStringList two = {"<>", "!=", "<=", ">=", "||"};
            const QString pair = s.mid(i, 2);
            t.type = TokenType::symbol;
            if (two.contains(pair)) {
                t.text = pair;
                i += 2;
            } else if (QStringLiteral("=<>+-*/%(),").contains(c)) {
                t.text = c;
                ++i;
            } else {
                throw ExpressionError("unexpected character '" + QString(c).toStdString() + "' at " + std::to_string(i));
            }
        }
        tokens.push_back(t);
    }
    Token end;
    end.position = n;
    tokens.push_back(end);
    return tokens;
}

class Parser {
public:
    explicit Parser(std::vector<Token> tokens) : tokens_(std::move(tokens)) {}

    NodePtr parse_all() {
        NodePtr root = parse_or();
        if (peek().type != TokenType::end) fail("unexpected '" + peek().text.toStdString() + "'");
        return root;
    }

private:
    const Token& peek(int ahead = 0) const {
        const std::size_t i = std::min(pos_ + ahead, tokens_.size() - 1);
        return tokens_[i];
    }
    Token take() { return tokens_[std::min(pos_++, tokens_.size() - 1)]; }
    bool is_word(const char* word, int ahead = 0) const {
        return peek(ahead).type == TokenType::word && peek(ahead).text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    }
    bool is_symbol(const char* symbol) const { return peek().type == TokenType::symbol && peek().text == QLatin1String(symbol); }
    bool accept_word(const char* word) {
        if (!is_word(word)) return false;
        ++pos_;
        return true;
    }
    bool accept_symbol(const char* symbol) {
        if (!is_symbol(symbol)) return false;
        ++pos_;
        return true;
    }
    void expect_symbol(const char* symbol) {
        if (!accept_symbol(symbol)) fail(std::string("expected '") + symbol + "'");
    }
    void expect_word(const char* word) {
        if (!accept_word(word)) fail(std::string("expected ") + word);
    }
    [[noreturn]] void fail(const std::string& what) const {
        throw ExpressionError(what + " at " + std::to_string(peek().position));
    }

    static NodePtr make(Node::Kind kind, QString name, std::vector<NodePtr> args) {
        auto node = std::make_shared<Node>();
        node->kind = kind;
        node->name = std::move(name);
        node->args = std::move(args);
        return node;
    }

    NodePtr parse_or() {
        NodePtr left = parse_and();
        while (accept_word("OR")) left = make(Node::Kind::binary, "OR", {left, parse_and()});
        return left;
    }
    NodePtr parse_and() {
        NodePtr left = parse_not();
        while (accept_word("AND")) left = make(Node::Kind::binary, "AND", {left, parse_not()});
        return left;
    }
    NodePtr parse_not() {
        if (accept_word("NOT")) return make(Node::Kind::logical_not, "NOT", {parse_not()});
        return parse_comparison();
    }
    NodePtr parse_comparison() {
        NodePtr left = parse_additive();
        if (is_word("IS")) {
            ++pos_;
            const bool negated = accept_word("NOT");
            if (accept_word("NULL")) {
                auto node = std::make_shared<Node>();
                node->kind = Node::Kind::is_null;
                node->negated = negated;
                node->args = {left};
                return node;
            }
            return make(Node::Kind::binary, negated ? "<>" : "=", {left, parse_additive()});
        }
        const bool negated = is_word("NOT") && (is_word("IN", 1) || is_word("LIKE", 1) || is_word("ILIKE", 1));
        if (negated) ++pos_;
        if (accept_word("IN")) {
            expect_symbol("(");
            auto node = std::make_shared<Node>();
            node->kind = Node::Kind::in_list;
            node->negated = negated;
            node->args.push_back(left);
            if (!is_symbol(")")) {
                do node->args.push_back(parse_or());
                while (accept_symbol(","));
            }
            expect_symbol(")");
            return node;
        }
        for (const char* like : {"LIKE", "ILIKE"}) {
            if (accept_word(like)) {
                NodePtr node = make(Node::Kind::binary, like, {left, parse_additive()});
                return negated ? make(Node::Kind::logical_not, "NOT", {node}) : node;
            }
        }
        if (negated) fail("expected IN or LIKE after NOT");
        for (const char* op : {"=", "<>", "!=", "<=", ">=", "<", ">"}) {
            if (accept_symbol(op)) return make(Node::Kind::binary, QString(op) == "!=" ? "<>" : op, {left, parse_additive()});
        }
        return left;
    }
    NodePtr parse_additive() {
        NodePtr left = parse_multiplicative();
        for (;;) {
            if (accept_symbol("+")) left = make(Node::Kind::binary, "+", {left, parse_multiplicative()});
            else if (accept_symbol("-")) left = make(Node::Kind::binary, "-", {left, parse_multiplicative()});
            else if (accept_symbol("||")) left = make(Node::Kind::binary, "||", {left, parse_multiplicative()});
            else return left;
        }
    }
    NodePtr parse_multiplicative() {
        NodePtr left = parse_unary();
        for (;;) {
            if (accept_symbol("*")) left = make(Node::Kind::binary, "*", {left, parse_unary()});
            else if (accept_symbol("/")) left = make(Node::Kind::binary, "/", {left, parse_unary()});
            else if (accept_symbol("%")) left = make(Node::Kind::binary, "%", {left, parse_unary()});
            else return left;
        }
    }
    NodePtr parse_unary() {
        if (accept_symbol("-")) return make(Node::Kind::negate, "-", {parse_unary()});
        if (accept_symbol("+")) return parse_unary();
        return parse_primary();
    }
    NodePtr parse_primary() {
        const Token t = peek();
        auto literal = [](QVariant v) {
            auto node = std::make_shared<Node>();
            node->kind = Node::Kind::literal;
            node->value = std::move(v);
            return node;
        };
        switch (t.type) {
            case TokenType::number: {
                ++pos_;
                bool integral = false;
                const qlonglong i = t.text.toLongLong(&integral);
                return integral ? literal(i) : literal(t.text.toDouble());
            }
            case TokenType::string: ++pos_; return literal(t.text);
            case TokenType::quoted_name: ++pos_; return make(Node::Kind::field, t.text, {});
            case TokenType::symbol:
                if (accept_symbol("(")) {
                    NodePtr inner = parse_or();
                    expect_symbol(")");
                    return inner;
                }
                fail("unexpected '" + t.text.toStdString() + "'");
            case TokenType::end: fail("unexpected end");
            case TokenType::word: break;
        }
        if (accept_word("NULL")) return literal(QVariant());
        if (accept_word("TRUE")) return literal(true);
        if (accept_word("FALSE")) return literal(false);
        if (accept_word("CASE")) return parse_case();
        ++pos_;
        if (accept_symbol("(")) {
            std::vector<NodePtr> args;
            if (!is_symbol(")")) {
                do args.push_back(parse_or());
                while (accept_symbol(","));
            }
            expect_symbol(")");
            return make(Node::Kind::function, t.text.toLower(), std::move(args));
        }
        return make(Node::Kind::field, t.text, {});
    }
    NodePtr parse_case() {
        auto node = std::make_shared<Node>();
        node->kind = Node::Kind::case_when;
        while (accept_word("WHEN")) {
            node->args.push_back(parse_or());
            expect_word("THEN");
            node->args.push_back(parse_or());
        }
        if (node->args.empty()) fail("expected WHEN");
        if (accept_word("ELSE")) {
            node->args.push_back(parse_or());
            node->has_else = true;
        }
        expect_word("END");
        return node;
    }

    std::vector<Token> tokens_;
    std::size_t pos_ = 0;
};

bool is_null(const QVariant& v) { return !v.isValid() || v.isNull(); }

std::optional<double> as_number(const QVariant& v) {
    if (is_null(v)) return std::nullopt;
    if (v.typeId() == QMetaType::Bool) return v.toBool() ? 1.0 : 0.0;
    bool ok = false;
    const double d = v.typeId() == QMetaType::QString ? v.toString().trimmed().toDouble(&ok) : v.toDouble(&ok);
    return ok ? std::optional<double>(d) : std::nullopt;
}

// NULL stays NULL (an invalid QVariant); otherwise true or false.
QVariant truth(const QVariant& v) {
    if (is_null(v)) return {};
    if (v.typeId() == QMetaType::Bool) return v.toBool();
    if (auto n = as_number(v)) return *n != 0.0;
    return !v.toString().isEmpty();
}

// As QGIS compares: numerically when both sides are numbers, else as text. A
// boolean is not a number there, so true = 1 is false and true = TRUE is true.
int compare(const QVariant& a, const QVariant& b) {
    const bool either_boolean = a.typeId() == QMetaType::Bool || b.typeId() == QMetaType::Bool;
    const auto na = either_boolean ? std::nullopt : as_number(a), nb = either_boolean ? std::nullopt : as_number(b);
    if (na && nb) return *na < *nb ? -1 : (*na > *nb ? 1 : 0);
    return QString::compare(a.toString(), b.toString());
}

bool like(const QString& text, const QString& pattern, bool case_insensitive) {
    QString regex;
    for (const QChar c : pattern) {
        if (c == '%') regex += ".*";
        else if (c == '_') regex += '.';
        else regex += QRegularExpression::escape(QString(c));
    }
    QRegularExpression re(QRegularExpression::anchoredPattern(regex),
                          case_insensitive ? QRegularExpression::CaseInsensitiveOption : QRegularExpression::NoPatternOption);
    return re.match(text).hasMatch();
}

QVariant evaluate_node(const Node& n, const AttributeLookup& attributes);

QVariant evaluate_binary(const Node& n, const AttributeLookup& attributes) {
    const QString& op = n.name;
    if (op == "AND" || op == "OR") {
        const QVariant a = truth(evaluate_node(*n.args[0], attributes));
        const bool is_and = op == "AND";
        if (!is_null(a) && a.toBool() != is_and) return !is_and;  // false AND x, true OR x
        const QVariant b = truth(evaluate_node(*n.args[1], attributes));
        if (!is_null(b) && b.toBool() != is_and) return !is_and;
        if (is_null(a) || is_null(b)) return {};
        return is_and;
    }
    const QVariant a = evaluate_node(*n.args[0], attributes);
    const QVariant b = evaluate_node(*n.args[1], attributes);
    if (is_null(a) || is_null(b)) return {};
    if (op == "=") return compare(a, b) == 0;
    if (op == "<>") return compare(a, b) != 0;
    if (op == "<") return compare(a, b) < 0;
    if (op == "<=") return compare(a, b) <= 0;
    if (op == ">") return compare(a, b) > 0;
    if (op == ">=") return compare(a, b) >= 0;
    if (op == "LIKE" || op == "ILIKE") return like(a.toString(), b.toString(), op == "ILIKE");
    if (op == "||") return a.toString() + b.toString();
    const auto x = as_number(a), y = as_number(b);
    if (op == "+" && (!x || !y)) return a.toString() + b.toString();
    if (!x || !y) return {};
    if (op == "+") return *x + *y;
    if (op == "-") return *x - *y;
    if (op == "*") return *x * *y;
    if (op == "/") return *y == 0 ? QVariant() : QVariant(*x / *y);
    if (op == "%") return *y == 0 ? QVariant() : QVariant(std::fmod(*x, *y));
    return {};
}

QVariant evaluate_function(const Node& n, const AttributeLookup& attributes) {
    auto arg = [&](std::size_t i) { return i < n.args.size() ? evaluate_node(*n.args[i], attributes) : QVariant(); };
    if (n.name == "coalesce") {
        for (std::size_t i = 0; i < n.args.size(); ++i)
            if (QVariant v = arg(i); !is_null(v)) return v;
        return {};
    }
    const QVariant a = arg(0);
    if (is_null(a)) return {};
    if (n.name == "upper") return a.toString().toUpper();
    if (n.name == "lower") return a.toString().toLower();
    if (n.name == "length") return static_cast<qlonglong>(a.toString().size());
    if (n.name == "to_int") return as_number(a) ? QVariant(static_cast<qlonglong>(*as_number(a))) : QVariant();
    if (n.name == "to_real") return as_number(a) ? QVariant(*as_number(a)) : QVariant();
    if (n.name == "to_string") return a.toString();
    throw ExpressionError("unknown function " + n.name.toStdString());
}

QVariant evaluate_node(const Node& n, const AttributeLookup& attributes) {
    switch (n.kind) {
        case Node::Kind::literal: return n.value;
        case Node::Kind::field: return attributes ? attributes(n.name) : QVariant();
        case Node::Kind::logical_not: {
            const QVariant v = truth(evaluate_node(*n.args[0], attributes));
            return is_null(v) ? QVariant() : QVariant(!v.toBool());
        }
        case Node::Kind::negate: {
            const auto v = as_number(evaluate_node(*n.args[0], attributes));
            return v ? QVariant(-*v) : QVariant();
        }
        case Node::Kind::binary: return evaluate_binary(n, attributes);
        case Node::Kind::function: return evaluate_function(n, attributes);
        case Node::Kind::is_null: return is_null(evaluate_node(*n.args[0], attributes)) != n.negated;
        case Node::Kind::in_list: {
            const QVariant v = evaluate_node(*n.args[0], attributes);
            if (is_null(v)) return {};
            for (std::size_t i = 1; i < n.args.size(); ++i) {
                const QVariant item = evaluate_node(*n.args[i], attributes);
                if (!is_null(item) && compare(v, item) == 0) return !n.negated;
            }
            return n.negated;
        }
        case Node::Kind::case_when: {
            const std::size_t pairs = (n.args.size() - (n.has_else ? 1 : 0)) / 2;
            for (std::size_t i = 0; i < pairs; ++i) {
                const QVariant c = truth(evaluate_node(*n.args[2 * i], attributes));
                if (!is_null(c) && c.toBool()) return evaluate_node(*n.args[2 * i + 1], attributes);
            }
            return n.has_else ? evaluate_node(*n.args.back(), attributes) : QVariant();
        }
    }
    return {};
}

}  // namespace

FilterExpression FilterExpression::parse(const QString& text) {
    FilterExpression e;
    e.text_ = text;
    if (text.trimmed().isEmpty()) return e;
    e.root_ = Parser(tokenise(text)).parse_all();
    return e;
}

QVariant FilterExpression::evaluate(const AttributeLookup& attributes) const {
    return root_ ? evaluate_node(*root_, attributes) : QVariant(true);
}

bool FilterExpression::matches(const AttributeLookup& attributes) const {
    if (!root_) return true;
    const QVariant v = truth(evaluate(attributes));
    return !is_null(v) && v.toBool();
}

}  // namespace renozone::viewer
