#include "core/text/line_breaking.hpp"

#include "core/text/utf8.hpp"

#include <algorithm>
#include <iterator>

namespace rehearse {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// A word that is a figure: digits, maybe behind a sign, currency or
// approximation mark ("~200", "$1.5M", "-3", "<50", "5,000", "(10").
bool isNumberWord(std::string_view word) {
    static constexpr std::string_view kLeading = "~$+-<>=(\xE2\x82\xAC\xC2\xA3\xE2\x89\x88";  // also euro, pound, approx
    size_t i = 0;
    while (i < word.size() && kLeading.find(word[i]) != std::string_view::npos) ++i;
    return i < word.size() && isDigit(word[i]);
}

// Units a figure is followed by in system-design talk. Compared without
// trailing punctuation ("200 ms," binds like "200 ms").
constexpr std::string_view kUnits[] = {
    "%",    "ms",   "s",    "sec",   "secs",  "min",  "mins",   "h",     "hr",    "hrs",  "us",   "ns",
    "k",    "K",    "M",    "B",     "bn",    "KB",   "kB",     "MB",    "GB",    "TB",   "PB",   "Kb",
    "Mb",   "Gb",   "QPS",  "qps",   "RPS",   "rps",  "TPS",    "tps",   "x",     "px",   "bps",  "Mbps",
    "Gbps", "GB/s", "MB/s", "fps",   "pp",    "bp",   "dims",   "ms/req", "req/s", "\xC2\xB5s"};

std::string_view trimTrailingPunctuation(std::string_view word) {
    while (!word.empty() && std::string_view(".,;:!?)").find(word.back()) != std::string_view::npos)
        word.remove_suffix(1);
    return word;
}

struct Word {
    size_t begin, end;
};

class LineFiller {
public:
    LineFiller(std::string_view text, double maxWidth, const TextWidth& width, std::vector<LineSpan>& out)
        : m_text(text), m_max(maxWidth), m_width(width), m_space(width(" ")), m_out(out) {}

    // Adds one unbreakable piece (a word, or a number with its unit).
    void add(Word piece) {
        const double w = m_width(m_text.substr(piece.begin, piece.end - piece.begin));
        if (m_open && m_lineWidth + m_space + w <= m_max) {
            m_line.end = piece.end;
            m_lineWidth += m_space + w;
            return;
        }
        if (m_open) flush();
        if (w <= m_max) {
            open(piece, w);
            return;
        }
        cutLongWord(piece);
    }

    // Ends the paragraph: its last line, even when empty.
    void finish(size_t at) {
        if (!m_open) m_line = {at, at};
        m_out.push_back(m_line);
        m_open = false;
    }

private:
    void open(Word piece, double w) {
        m_line = {piece.begin, piece.end};
        m_lineWidth = w;
        m_open = true;
    }
    void flush() {
        m_out.push_back(m_line);
        m_open = false;
    }
    // As many code points per line as fit, at least one; after a hyphen or
    // slash in the line when there is one ("champion-" / "challenger").
    void cutLongWord(Word piece) {
        size_t start = piece.begin;
        size_t lastHyphenEnd = 0;  // just past the line's last '-' or '/', 0: none
        double lineWidth = 0, widthToHyphen = 0;
        size_t pos = start;
        while (pos < piece.end) {
            const size_t next = std::min(nextUtf8Boundary(m_text, pos), piece.end);  // cut between characters
            const double w = m_width(m_text.substr(pos, next - pos));
            if (pos > start && lineWidth + w > m_max) {
                const size_t cut = lastHyphenEnd > start ? lastHyphenEnd : pos;
                m_out.push_back({start, cut});
                lineWidth = cut == pos ? 0 : lineWidth - widthToHyphen;
                start = cut;
                lastHyphenEnd = 0;
            }
            lineWidth += w;
            pos = next;
            if ((m_text[pos - 1] == '-' || m_text[pos - 1] == '/') && pos < piece.end) {
                lastHyphenEnd = pos;
                widthToHyphen = lineWidth;
            }
        }
        open({start, piece.end}, lineWidth);
    }

    std::string_view m_text;
    double m_max;
    const TextWidth& m_width;
    double m_space;
    std::vector<LineSpan>& m_out;
    LineSpan m_line;
    double m_lineWidth = 0;
    bool m_open = false;
};

void breakParagraph(std::string_view text, size_t begin, size_t end, double maxWidth, const TextWidth& width,
                    std::vector<LineSpan>& out) {
    std::vector<Word> words;
    for (size_t i = begin; i < end;) {
        if (text[i] == ' ') {
            ++i;
            continue;
        }
        size_t j = i;
        while (j < end && text[j] != ' ') ++j;
        words.push_back({i, j});
        i = j;
    }
    LineFiller filler(text, maxWidth, width, out);
    for (size_t k = 0; k < words.size(); ++k) {
        Word piece = words[k];
        // A number keeps its unit when the two fit on one line together.
        if (k + 1 < words.size()) {
            const Word unit = words[k + 1];
            const std::string_view before = text.substr(piece.begin, piece.end - piece.begin);
            const std::string_view after = text.substr(unit.begin, unit.end - unit.begin);
            if (bindsNumberToUnit(before, after) &&
                width(text.substr(piece.begin, unit.end - piece.begin)) <= maxWidth) {
                piece.end = unit.end;
                ++k;
            }
        }
        filler.add(piece);
    }
    filler.finish(words.empty() ? begin : words.back().end);
}

}  // namespace

bool bindsNumberToUnit(std::string_view before, std::string_view after) {
    // "5,000, ms" is two clauses: the number must end the word.
    if (!isNumberWord(before) || !isDigit(before.back())) return false;
    const std::string_view unit = trimTrailingPunctuation(after);
    return std::find(std::begin(kUnits), std::end(kUnits), unit) != std::end(kUnits);
}

std::vector<LineSpan> breakLines(std::string_view text, double maxWidth, const TextWidth& width) {
    std::vector<LineSpan> lines;
    size_t start = 0;
    while (true) {
        const size_t hard = text.find('\n', start);
        size_t end = hard == std::string_view::npos ? text.size() : hard;
        if (end > start && text[end - 1] == '\r') --end;
        breakParagraph(text, start, end, maxWidth, width, lines);
        if (hard == std::string_view::npos) break;
        start = hard + 1;
    }
    return lines;
}

}  // namespace rehearse
