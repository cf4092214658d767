package be.brussels.poles.crm.kbo;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.crm.kbo.KboCsvReader.Malformed;
import be.brussels.poles.crm.kbo.KboCsvReader.Row;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KboCsvReaderTest {

  private final List<Row> rows = new ArrayList<>();
  private final List<Malformed> malformed = new ArrayList<>();

  private void read(String text) {
    KboCsvReader.read("denomination.csv", new StringReader(text), KboDelivery.DENOMINATION,
        rows::add, malformed::add);
  }

  @Test
  void quotedFieldsKeepCommasAndDoubledQuotes() {
    read("\uFEFF\"EntityNumber\",\"Language\",\"TypeOfDenomination\",\"Denomination\"\n"
        + "\"0403.019.261\",\"1\",\"001\",\"Café \"\"Le Coq\"\", Brasserie\"\n");

    assertThat(malformed).isEmpty();
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.line()).isEqualTo(2);
      assertThat(row.get(3)).isEqualTo("Café \"Le Coq\", Brasserie");
    });
  }

  @Test
  void brokenRowsAreReportedWithTheirLineAndTheRestIsRead() {
    read("\"EntityNumber\",\"Language\",\"TypeOfDenomination\",\"Denomination\"\n"
        + "\"0403.019.261\",\"1\",\"001\",\"unterminated\n"
        + "\"0403.019.261\",\"1\"\n"
        + "\"0403.019.261\",\"2\",\"001\",\"Goed\"\n");

    assertThat(malformed).extracting(Malformed::line).containsExactly(2, 3);
    assertThat(malformed.get(0).reason()).contains("quote");
    assertThat(malformed.get(1).reason()).contains("2 fields");
    assertThat(rows).extracting(r -> r.get(3)).containsExactly("Goed");
  }

  @Test
  void aFileWithAnotherHeaderIsRefusedAsAWhole() {
    read("\"Number\",\"Language\"\n\"0403.019.261\",\"1\"\n");

    assertThat(rows).isEmpty();
    assertThat(malformed).singleElement()
        .satisfies(m -> assertThat(m.line()).isEqualTo(1));
  }
}
