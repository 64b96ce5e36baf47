// Reading order from word boxes: pages laid out by hand, one layout problem per case.
#include "documents/pdf_layout.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using skillfit::LayOutPage;
using skillfit::PdfWord;
using skillfit::TextBlock;

namespace {

// Word boxes of a page, written line by line. Glyphs are `width` em wide on average, boxes
// 1.2 em tall, words one `space` em apart.
class Page {
 public:
  // Adds the words of `text` on the baseline y, starting at x; returns the line's right end.
  double Line(const std::string& text, double x, double y, double size = 10, int font = 0,
              double width = 0.5, double space = 0.28) {
    size_t i = 0;
    double right = x;
    while (i < text.size()) {
      size_t j = text.find(' ', i);
      if (j == std::string::npos) j = text.size();
      if (j > i) {
        PdfWord w;
        w.text = text.substr(i, j - i);
        w.x0 = x;
        w.x1 = x + width * size * static_cast<double>(Chars(w.text));
        w.y0 = y - 0.9 * size;
        w.y1 = y + 0.3 * size;
        w.font_size = size;
        w.font_id = font;
        w.space_after = j < text.size();
        words_.push_back(w);
        right = w.x1;
        x = w.x1 + space * size;
      }
      i = j + 1;
    }
    return right;
  }
  // A line ending at `right` (right-aligned).
  void RightLine(const std::string& text, double right, double y, double size = 10) {
    const double w = Width(text, size);
    Line(text, right - w, y, size);
  }
  static double Width(const std::string& text, double size = 10) {
    size_t words = 1;
    for (char c : text) words += c == ' ';
    return 0.5 * size * static_cast<double>(Chars(text) - (words - 1)) +
           0.28 * size * static_cast<double>(words - 1);
  }
  std::vector<PdfWord>& words() { return words_; }

  // The page's text: lines joined with '\n', blocks with a blank line.
  std::string Text() const {
    std::string out;
    for (const TextBlock& b : LayOutPage(words_)) {
      if (!out.empty()) out += "\n";
      for (const std::string& l : b.lines) out += l + "\n";
    }
    return out;
  }

 private:
  static size_t Chars(const std::string& s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
  }
  std::vector<PdfWord> words_;
};

}  // namespace

TEST_CASE("layout: no words, no blocks") { CHECK(LayOutPage({}).empty()); }

TEST_CASE("layout: one column, paragraphs split at wider gaps") {
  Page p;
  p.Line("Summary", 50, 106, 12);
  p.Line("Backend engineer with eight years of Go and", 50, 120);
  p.Line("Python, running services on AWS.", 50, 134);
  p.Line("Experience", 50, 170, 12);
  CHECK(p.Text() ==
        "Summary\nBackend engineer with eight years of Go and\nPython, running services on AWS.\n"
        "\nExperience\n");
}

TEST_CASE("layout: a sidebar and a main column are read one after the other") {
  // Lines of the two columns interleave in y, as in a two-column template where the
  // default order of the text layer reads "johndoe" in the middle of the summary.
  Page p;
  p.Line("John Doe", 230, 40, 16);
  p.Line("Creative and Innovative Web Developer  Pleasantville, CA", 150, 60);
  double y = 100;
  for (const char* s : {"Profiles", "johndoe", "LinkedIn", "johndoe", "GitHub"}) {
    p.Line(s, 40, y);
    y += 13;
  }
  y = 100;
  p.Line("Summary", 220, y);
  for (const char* s :
       {"Innovative Web Developer with 5 years of experience in",
        "building impactful and user-friendly websites and",
        "applications. Proven track record of leading projects", "from concept to deployment."}) {
    y += 15;
    p.Line(s, 220, y);
  }
  const std::string text = p.Text();
  CHECK(text.find("Profiles\njohndoe\nLinkedIn\njohndoe\nGitHub\n") != std::string::npos);
  CHECK(text.find("Summary\nInnovative Web Developer with 5 years of experience in\n"
                  "building impactful and user-friendly websites and\n") != std::string::npos);
  CHECK(text.find("John Doe") == 0);
  CHECK(text.find("GitHub") < text.find("Summary"));
}

TEST_CASE("layout: the main column goes on after a shorter sidebar ends") {
  Page p;
  p.Line("Jane Roe", 200, 40, 16);
  double y = 80;
  for (int i = 0; i < 8; ++i) {
    p.Line("Main paragraph line " + std::to_string(i) + " with quite a few words in it", 30, y);
    p.Line("Side " + std::to_string(i), 420, y);
    y += 14;
  }
  y += 10;  // a section gap in the main column only
  p.Line("Education", 30, y, 12);
  p.Line("University of Somewhere, 2016", 30, y + 16);
  const std::string text = p.Text();
  // The side column is read after the whole main column, including what follows its end.
  CHECK(text.find("Education") < text.find("Side 0"));
  CHECK(text.find("Main paragraph line 7") < text.find("Education"));
}

TEST_CASE("layout: a heading under two columns leads the full-width text below it") {
  Page p;
  double y = 40;
  for (int i = 0; i < 8; ++i) {
    p.Line("Main paragraph line " + std::to_string(i) + " with quite a few words in it", 30, y);
    p.Line("Side " + std::to_string(i), 420, y);
    y += 14;
  }
  y += 24;  // a section gap under both columns
  p.Line("Projects", 30, y, 12);
  y += 22;  // nearer the text it heads than the columns above
  p.Line("Built a weather app that shows forecasts from a public API to about two thousand users "
         "a day", 30, y);
  const std::string text = p.Text();
  // Read after the sidebar, right before its paragraph, not at the foot of the main column.
  CHECK(text.find("Side 7") < text.find("Projects"));
  CHECK(text.find("Projects") < text.find("Built a weather app"));
  // A heading nearer the columns than the text below stays with the main column.
  Page q;
  y = 40;
  for (int i = 0; i < 8; ++i) {
    q.Line("Main paragraph line " + std::to_string(i) + " with quite a few words in it", 30, y);
    q.Line("Side " + std::to_string(i), 420, y);
    y += 14;
  }
  q.Line("Closing line of the main column", 30, y + 10, 12);
  q.Line("Footer text as wide as the page, set well below the columns and their last line", 30,
         y + 60);
  const std::string t2 = q.Text();
  CHECK(t2.find("Closing line") < t2.find("Side 0"));
}

TEST_CASE("layout: section labels in a left margin are read before their blocks") {
  Page p;
  p.Line("Summary", 30, 100);
  p.Line("Backend engineer with eight years of Go and Python,", 140, 100);
  p.Line("running services on AWS for payments and logistics.", 140, 114);
  p.Line("Experience", 30, 150);
  p.Line("Senior Engineer, Acme Corp, 2019 to present", 140, 150);
  p.Line("Built the payment APIs in Go and ran them on EKS.", 140, 164);
  p.Line("Led the move from EC2 to Kubernetes for every service.", 140, 178);
  p.Line("Skills", 30, 214);
  p.Line("Go, Python, Kubernetes, Terraform", 140, 214);
  const std::string text = p.Text();
  CHECK(text.find("Summary\n\nBackend engineer") != std::string::npos);
  CHECK(text.find("Experience\n\nSenior Engineer") != std::string::npos);
  CHECK(text.find("AWS for payments and logistics.\n\nExperience") != std::string::npos);
  CHECK(text.find("Skills") > text.find("every service."));
}

TEST_CASE("layout: dates in a margin column: a wrapped range is one line") {
  Page p;
  p.RightLine("2017 \xE2\x80\x93", 100, 100);
  p.RightLine("Present", 100, 114);
  p.Line("Product Manager, Google, Mountain View", 110, 100);
  p.Line("Leading cross-functional teams to design and launch", 110, 114);
  p.Line("innovative products for millions of users.", 110, 128);
  p.RightLine("2012 \xE2\x80\x93 2017", 100, 150);
  p.Line("Software Engineer, Amazon, Seattle", 110, 150);
  p.Line("Led a team of developers building scalable services.", 110, 164);
  const std::string text = p.Text();
  CHECK(text.find("2017 \xE2\x80\x93 Present\n\nProduct Manager") != std::string::npos);
  CHECK(text.find("2012 \xE2\x80\x93 2017\n\nSoftware Engineer") != std::string::npos);
  CHECK(text.find("Leading cross-functional teams to design and launch\n"
                  "innovative products") != std::string::npos);
}

TEST_CASE("layout: a heading touching the first date of a date gutter is read before it") {
  // "Experiences" over a column of dates, its box touching the first date's, with no white
  // band between: the dates still label their roles, and the heading comes first.
  Page p;
  p.Line("Experiences", 15, 128, 14);
  p.Line("01-2021 - Present", 15, 142);
  p.Line("Lead Full Stack Developer", 150, 142, 12);
  p.Line("ManyPixels [Remote]", 150, 156);
  p.Line("Leading a team of four developers building the React app", 150, 172);
  p.Line("and the services behind it on AWS Lambda and S3.", 150, 184);
  p.Line("06-2018 - Present", 15, 204);
  p.Line("Back End Developer", 150, 204, 12);
  p.Line("Rumarocket Ltd [Manila]", 150, 218);
  p.Line("Building REST APIs in Node.js with Express and Fastify", 150, 234);
  const std::string text = p.Text();
  CHECK(text.find("Experiences\n\n01-2021 - Present\n\nLead Full Stack Developer") !=
        std::string::npos);
  CHECK(text.find("06-2018 - Present\n\nBack End Developer") != std::string::npos);
}

TEST_CASE("layout: a table with a narrow key column reads row by row") {
  Page p;
  const char* rows[][2] = {{"2014", "KPCB Engineering Fellow"},
                           {"2014", "Microsoft Coding Competition, Cornell"},
                           {"2013", "Jump Trading Challenge Finalist"},
                           {"2011", "Indian National Mathematics Olympiad Finalist"}};
  double y = 100;
  for (const auto& r : rows) {
    p.Line(r[0], 300, y);
    p.Line(r[1], 340, y);
    y += 13;
  }
  CHECK(p.Text() ==
        "2014 KPCB Engineering Fellow\n2014 Microsoft Coding Competition, Cornell\n"
        "2013 Jump Trading Challenge Finalist\n2011 Indian National Mathematics Olympiad "
        "Finalist\n");
}

TEST_CASE("layout: right-aligned dates and places stay on the line of their entry") {
  Page p;
  p.Line("Creative Solutions Inc.", 40, 100);
  p.RightLine("January 2019 to Present", 560, 100);
  p.Line("Senior Web Developer", 40, 114);
  p.RightLine("San Francisco, CA", 560, 114);
  p.Line("https://creativesolutions.inc/", 40, 128);
  CHECK(p.Text() ==
        "Creative Solutions Inc. January 2019 to Present\n"
        "Senior Web Developer San Francisco, CA\nhttps://creativesolutions.inc/\n");
}

TEST_CASE("layout: cards side by side are read card by card") {
  Page p;
  p.Line("Full-Stack Web Development", 40, 100);
  p.Line("CodeAcademy", 40, 114);
  p.Line("2020", 40, 128);
  p.Line("AWS Certified Developer", 320, 100);
  p.Line("Amazon Web Services", 320, 114);
  p.Line("2019", 320, 128);
  CHECK(p.Text() ==
        "Full-Stack Web Development\nCodeAcademy\n2020\n\n"
        "AWS Certified Developer\nAmazon Web Services\n2019\n");
}

TEST_CASE("layout: two text columns with aligned baselines are still columns") {
  // Same font and line pitch on both sides, so every line has a partner at its height.
  Page p;
  const char* left[] = {"Spearheaded the redesign of the main", "product website, resulting in a",
                        "40% increase in user engagement."};
  const char* right[] = {"Collaborated in a team of 10 to develop", "high-quality web applications",
                         "using React.js and Node.js."};
  for (int i = 0; i < 3; ++i) {
    p.Line(left[i], 40, 100 + 14 * i);
    p.Line(right[i], 320, 100 + 14 * i);
  }
  CHECK(p.Text() ==
        "Spearheaded the redesign of the main\nproduct website, resulting in a\n"
        "40% increase in user engagement.\n\n"
        "Collaborated in a team of 10 to develop\nhigh-quality web applications\n"
        "using React.js and Node.js.\n");
}

TEST_CASE("layout: a wide space inside one line is not a column gutter") {
  Page p;
  p.Line("John Doe", 250, 40, 16);
  p.Line("Creative and Innovative Web Developer", 200, 60);
  p.Line("Pleasantville, CA 94588", 100, 80);
  p.Line("(555) 123-4567", 260, 80);
  p.Line("john.doe@gmail.com", 380, 80);
  CHECK(p.Text() ==
        "John Doe\nCreative and Innovative Web Developer\n"
        "Pleasantville, CA 94588 (555) 123-4567 john.doe@gmail.com\n");
}

TEST_CASE("layout: word spaces that line up over a few lines are not a gutter") {
  // Monospace-like text whose spaces fall at the same x on every line.
  Page p;
  for (int i = 0; i < 4; ++i) p.Line("Go    Rust  Java  Kotlin", 40, 100 + 12 * i, 10, 0, 0.6, 0.6);
  const std::string text = p.Text();
  CHECK(text ==
        "Go Rust Java Kotlin\nGo Rust Java Kotlin\nGo Rust Java Kotlin\n"
        "Go Rust Java Kotlin\n");
}

TEST_CASE("layout: a bullet glyph stays with its text however wide the indent") {
  Page p;
  p.Line("\xE2\x80\xA2", 40, 100);
  p.Line("Built the payment APIs in Go and ran them on EKS.", 70, 100);
  p.Line("\xE2\x80\xA2", 40, 114);
  p.Line("Cut AWS spend by 25% with Karpenter and Graviton.", 70, 114);
  CHECK(p.Text() ==
        "\xE2\x80\xA2 Built the payment APIs in Go and ran them on EKS.\n"
        "\xE2\x80\xA2 Cut AWS spend by 25% with Karpenter and Graviton.\n");
}

TEST_CASE("layout: boxes that touch, and one box per letter, make words") {
  SUBCASE("a word split by a font change") {
    Page p;
    p.Line("Advanced", 40, 100);
    p.words().back().space_after = false;
    PdfWord comma = p.words().back();
    comma.text = ",";
    comma.x0 = comma.x1 + 0.2;
    comma.x1 = comma.x0 + 3;
    comma.font_id = 1;
    p.words().push_back(comma);
    p.Line("Python", comma.x1 + 3, 100);
    CHECK(p.Text() == "Advanced, Python\n");
  }
  SUBCASE("letter-spaced heading: one box per letter") {
    Page p;
    double x = 40;
    for (const char* word : {"SUMMARY", "OF", "WORK"}) {
      for (const char* c = word; *c; ++c) {
        p.Line(std::string(1, *c), x, 100, 10, 0, 0.6);
        x = p.words().back().x1 + 2.5;  // tracking: 0.25 em between letters
      }
      x += 5;  // and a space between words
    }
    CHECK(p.Text() == "SUMMARY OF WORK\n");
  }
}

TEST_CASE("layout: an inflated font size does not merge lines") {
  // Skia's Type 3 fonts report about twice the drawn size, so boxes are twice as tall as
  // the glyphs and overlap the lines above and below.
  Page p;
  const char* lines[] = {"Senior Software Engineer with 5+ years of proven",
                         "expertise designing and building scalable backend",
                         "systems, distributed architectures, and cloud-native"};
  double y = 100;
  for (const char* l : lines) {
    p.Line(l, 30, y, 19, 7, 0.25, 0.2);  // reported 19 pt, drawn at about 9.5 pt
    y += 11.8;
  }
  CHECK(p.Text() == std::string(lines[0]) + "\n" + lines[1] + "\n" + lines[2] + "\n");
}

TEST_CASE("layout: a superscript stays on its line") {
  Page p;
  p.Line("2014", 40, 100);
  p.Line("1", 80, 100);
  PdfWord st = p.words().back();
  st.text = "st";
  st.x0 = st.x1 + 0.1;
  st.x1 = st.x0 + 6;
  st.y0 -= 3;
  st.y1 -= 5;
  st.font_size = 7;
  p.words().push_back(st);
  p.Line("/50 Microsoft Coding Competition", st.x1 + 0.1, 100);
  p.Line("2013 7th/120 CS 3410 Cache Race Bot Tournament", 40, 114);
  const std::string text = p.Text();
  CHECK(text.find("1st/50 Microsoft") != std::string::npos);
  CHECK(text.find("2013 7th/120") != std::string::npos);
}

TEST_CASE("layout: a grid of cards between full-width lines, with no extra space around it") {
  // TeX's tight layouts: the grid is set at the same line pitch as the lines above and
  // below, so no white band cuts it off; its gutter runs only down its own lines.
  Page p;
  double y = 100;
  p.Line("Mentored six interns through their first production releases in the year", 40, y);
  p.Line("Projects", 40, y += 14, 12);
  const char* const left[] = {"Pilot  compiler tools", "A small VM in modern C++",
                              "Runs code compiled just in time", "Standalone  Python builds",
                              "Works with older systems"};
  const char* const right[] = {"Misc  patches", "Optimized the search of text in the",
                               "standard library of the compiler", "Fixed an input bug in spdlog",
                               "Improved the code of distro"};
  for (int i = 0; i < 5; ++i) {
    y += 14;
    p.Line(left[i], 40, y);
    p.Line(right[i], 300, y);
  }
  p.Line("Writing", 40, y += 14, 12);
  p.Line("The container security in health data exchange systems, a paper", 40, y += 14);
  const std::string text = p.Text();
  CHECK(text.find("Optimized the search of text in the\nstandard library of the compiler") !=
        std::string::npos);
  CHECK(text.find("Runs code compiled just in time\nStandalone Python builds") !=
        std::string::npos);
  CHECK(text.find("Projects") < text.find("Pilot"));
  CHECK(text.find("Improved the code of distro") < text.find("Writing"));
}

TEST_CASE("layout: a row of headings over two columns is read with its columns") {
  // "education   work": one heading over the sidebar, one over the main column, in a larger
  // type, and a line of contacts above with gaps where the headings' gap is.
  Page p;
  p.Line("Ian Doe", 200, 60, 30);
  p.Line("ian.example", 40, 110);
  p.Line("me@ian.example", 140, 110);
  p.Line("ian-doe", 260, 110);
  p.Line("(530) 426-2146", 420, 110);
  p.Line("education", 40, 150, 18);
  p.Line("work", 260, 150, 18);
  const char* const left[] = {"University of Texas at Austin", "B.S. in Pure Mathematics",
                              "GPA 3.7, Graduating May 2018",  "Languages: Scala, Go, Ruby,",
                              "Python, Java, SQL, HTML, CSS",  "Dean's list"};
  const char* const right[] = {"Facebook  Summer 2017", "Software Engineering Intern, Ads",
                               "Used NLP to help support agents find",
                               "solutions to incoming requests faster", "Google  Summer 2016"};
  for (int i = 0; i < 5; ++i) {
    p.Line(left[i], 40, 172 + 14 * i);
    p.Line(right[i], 250, 172 + 14 * i);
  }
  p.Line(left[5], 40, 172 + 14 * 5);
  const std::string text = p.Text();
  CHECK(text.find("education work") == std::string::npos);
  CHECK(text.find("education\n") < text.find("University of Texas"));
  CHECK(text.find("Dean's list") < text.find("work\n"));
  CHECK(text.find("work\n") < text.find("Facebook"));
}

TEST_CASE("layout: the letter spacing of a word is not a word space") {
  // A letter-spaced heading from Word, broken by the text layer: "EDUCAT" "ION" 0.17 em
  // apart, of which 0.13 em is the spacing the last glyph's box leaves out.
  Page p;
  p.Line("EDUCAT", 40, 100);
  p.Line("ION", 40 + 30 + 1.7, 100);
  SUBCASE("spacing known: one word") {
    p.words()[0].spacing_after = 1.3;
    CHECK(p.Text() == "EDUCATION\n");
  }
  SUBCASE("spacing unknown: the gap is a space") { CHECK(p.Text() == "EDUCAT ION\n"); }
}
