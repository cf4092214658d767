package be.brussels.poles.financing.application;

import be.brussels.poles.financing.catalogue.Instrument;
import be.brussels.poles.financing.catalogue.ProductCatalogue;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Test fixtures: the plainest submission of an instrument (its default product, nothing else). */
final class Submissions {

  private static final ProductCatalogue CATALOGUE = ProductCatalogue.standard();

  private Submissions() {}

  static Submission plain(Instrument instrument) {
    return new Submission(CATALOGUE.defaultFor(instrument).code(), Set.of(), List.of(), List.of(),
        Optional.empty());
  }
}
