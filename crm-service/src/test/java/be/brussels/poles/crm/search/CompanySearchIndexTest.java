package be.brussels.poles.crm.search;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.poles.crm.company.Address;
import be.brussels.poles.crm.company.Commune;
import be.brussels.poles.crm.company.Company;
import be.brussels.poles.crm.company.CompanyName;
import be.brussels.poles.crm.company.CompanyProfile;
import be.brussels.poles.crm.company.KboIdentity;
import be.brussels.poles.crm.company.KboIdentity.Activity;
import be.brussels.poles.crm.company.KboIdentity.Denomination;
import be.brussels.poles.crm.company.KboIdentity.Establishment;
import be.brussels.poles.crm.company.KboIdentity.LabelsByLanguage;
import be.brussels.poles.crm.company.KboIdentity.Provenance;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CompanySearchIndexTest {

  private final CompanySearchIndex index = new CompanySearchIndex();

  private static Company company(String number, String fr, String nl, String zipcode,
      String nace, String establishment, Instant registered) {
    KboIdentity kbo = new KboIdentity("AC", "000", "2", "014", LabelsByLanguage.NONE,
        LocalDate.of(2015, 1, 1),
        nl == null ? List.of(new Denomination("1", "001", fr))
            : List.of(new Denomination("1", "001", fr), new Denomination("2", "001", nl)),
        new Address(zipcode, "", "", "", "", "", ""),
        List.of(new Activity("001", "2008", nace, "MAIN")),
        establishment == null ? List.of()
            : List.of(new Establishment(establishment, null, null)),
        new Provenance("i", "sample", registered));
    return new Company(number + "-id", EnterpriseNumber.parse(number), CompanyName.parse(fr, "n"),
        registered, "t", 1, kbo, CompanyProfile.EMPTY);
  }

  @BeforeEach
  void fill() {
    index.changed(company("0403019261", "Boulangerie L'Épi d'Or", "Bakkerij De Gouden Aar",
        "1050", "10711", "2000500086", Instant.parse("2026-01-01T00:00:00Z")));
    index.changed(company("0428759497", "Brasserie du Parc", null, "1000", "56301", null,
        Instant.parse("2026-02-01T00:00:00Z")));
    index.changed(company("0202239951", "Brasserie Flagey", null, "1050", "56301", null,
        Instant.parse("2026-03-01T00:00:00Z")));
  }

  private Page<CompanyHit> search(String text) {
    return index.search(new CompanySearchQuery(text, null, "", SearchSort.NAME,
        PageQuery.first()));
  }

  private static List<String> names(Page<CompanyHit> page) {
    return page.items().stream().map(CompanyHit::name).toList();
  }

  @Test
  void namePrefixesMatchWithoutAccentsOrCaseInFrenchAndDutch() {
    assertThat(names(search("epi"))).containsExactly("Boulangerie L'Épi d'Or");
    assertThat(names(search("BAKK gouden"))).containsExactly("Boulangerie L'Épi d'Or");
    assertThat(names(search("bras"))).containsExactly("Brasserie du Parc", "Brasserie Flagey");
  }

  @Test
  void oneTypoPerWordIsForgivenWhenNothingMatchesExactly() {
    assertThat(names(search("brasrerie flagey"))).containsExactly("Brasserie Flagey");
    assertThat(names(search("boulanegrie"))).containsExactly("Boulangerie L'Épi d'Or");
    assertThat(names(search("xyzzy"))).isEmpty();
  }

  @Test
  void enterpriseAndEstablishmentNumbersInAnyNotationFindTheirCompany() {
    assertThat(names(search("BE 0403.019.261"))).containsExactly("Boulangerie L'Épi d'Or");
    assertThat(names(search("403019261"))).containsExactly("Boulangerie L'Épi d'Or");
    assertThat(names(search("2.000.500.086"))).containsExactly("Boulangerie L'Épi d'Or");
  }

  @Test
  void communeAndNaceFilterAndResultsArePagedAndSorted() {
    Page<CompanyHit> ixelles = index.search(new CompanySearchQuery("", Commune.IXELLES, "",
        SearchSort.REGISTERED_AT, PageQuery.first()));
    assertThat(names(ixelles)).containsExactly("Brasserie Flagey", "Boulangerie L'Épi d'Or");

    Page<CompanyHit> horeca = index.search(new CompanySearchQuery("", null, "563",
        SearchSort.ENTERPRISE_NUMBER, new PageQuery(1, 1)));
    assertThat(horeca.totalItems()).isEqualTo(2);
    assertThat(horeca.totalPages()).isEqualTo(2);
    assertThat(names(horeca)).containsExactly("Brasserie du Parc");
  }

  @Test
  void aChangedCompanyIsFoundUnderItsNewNameOnly() {
    index.changed(company("0428759497", "Taverne Royale", null, "1000", "56301", null,
        Instant.parse("2026-02-01T00:00:00Z")));

    assertThat(names(search("parc"))).isEmpty();
    assertThat(names(search("taverne"))).containsExactly("Taverne Royale");
    assertThat(index.size()).isEqualTo(3);
  }
}
