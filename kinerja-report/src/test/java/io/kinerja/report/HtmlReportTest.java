package io.kinerja.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinerja.core.text.Language;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class HtmlReportTest {

  static String html(ReportInput input, Language language) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HtmlReport.write(input, language, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  static Document parse(String html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void the_rsi_unisma_page_gives_the_final_score_and_category_in_indonesian() {
    String page = html(Cases.rsiUnisma2014(), Language.ID);
    assertThat(page).contains("Skor akhir: -0,3571", "Kategori: <strong>Kurang</strong>", "Kriteria keseimbangan",
        "-5 / 14 = -0,3571", "Prioritas perbaikan", "Penyelesaian program kerja", "Kuesioner (Likert)",
        "Lampiran: cara setiap angka dihitung", "lang=\"id\"");
  }

  @Test
  void the_published_page_marks_each_override_with_its_note_in_english() {
    String page = html(Cases.rsiUnismaPublished(), Language.EN);
    assertThat(page).contains("Final score: 0.2143", "<strong>Fair</strong>", "✱ set by hand",
        "Tabel 9: equal to the target, scored +1 in the paper");
  }

  @Test
  void the_funnel_page_by_channel_has_a_column_per_channel_and_the_whole_unit() {
    ReportInput funnel = Cases.funnelByChannel();
    String page = html(funnel, Language.EN);
    assertThat(funnel.segments()).hasSizeGreaterThan(1);
    assertThat(page).contains("By channel", "Whole unit", "Weighted gap");
    funnel.segments().forEach(s -> assertThat(page).contains(">" + funnel.segmentName(s) + "<"));
  }

  @Test
  void the_page_is_well_formed_and_asks_for_nothing_outside_itself() throws Exception {
    String page = html(Cases.funnelMonths(), Language.EN);
    Document document = parse(page);
    assertThat(document.getElementsByTagName("script").getLength()).isZero();
    assertThat(document.getElementsByTagName("link").getLength()).isZero();
    assertThat(document.getElementsByTagName("img").getLength()).isZero();
    assertThat(document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength()).isGreaterThan(12);
    assertThat(page).doesNotContain("src=", "url(", "@import", "href=");
    assertThat(page.replace("http://www.w3.org/1999/xhtml", "").replace("http://www.w3.org/2000/svg", ""))
        .doesNotContain("http:", "https:", "//");
  }

  @Test
  void user_text_with_markup_arrives_as_text(@TempDir Path dir) throws Exception {
    String page = html(Hostile.report(dir), Language.EN);
    assertThat(page).doesNotContain("<script", "<img", "<b>bold");
    assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;");
    Document document = parse(page);
    assertThat(document.getElementsByTagName("script").getLength()).isZero();
    assertThat(document.getElementsByTagName("img").getLength()).isZero();
    assertThat(document.getElementsByTagName("b").getLength()).isZero();
    assertThat(texts(document.getDocumentElement())).contains("Unit " + Hostile.SCRIPT, Hostile.HYPERLINK);
  }

  @Test
  void the_escaper_leaves_nothing_that_markup_could_start_with() {
    assertThat(Markup.escape("<a href=\"x\" title='y'>&amp;</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
    assertThat(Markup.escape("bell\u0007")).isEqualTo("bell");
  }

  @Test
  void band_colours_from_users_cannot_break_out_of_an_attribute() {
    assertThat(Lights.colour("red\" onload=\"x")).isEqualTo(Lights.NONE);
    assertThat(Lights.colour("#12ab3f")).isEqualTo("#12ab3f");
    assertThat(Lights.colour("green")).isEqualTo("#3f9d55");
  }

  private static List<String> texts(Element root) {
    List<String> all = new ArrayList<>();
    collect(root, all);
    return all;
  }

  private static void collect(Node node, List<String> all) {
    NodeList children = node.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      if (child.getNodeType() == Node.TEXT_NODE) {
        all.add(child.getTextContent().strip());
      } else {
        collect(child, all);
      }
    }
  }
}
