package be.brussels.poles.housing.cheque;

import be.brussels.poles.housing.request.Officer;
import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import be.brussels.poles.kit.security.Agency;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Locale;

/** The journey events of coworking cheques: where and when, shared; prices stay out. */
public final class ChequeJourney {

  public static final String ISSUED = "housing.cheque.issued";
  public static final String REDEEMED = "housing.cheque.month_redeemed";

  private ChequeJourney() {}

  public static PendingJourneyEvent issued(CoworkingCheque cheque, Agency agency) {
    return PendingJourneyEvent.create(cheque.enterpriseNumber(), agency, ISSUED,
        cheque.issuedAt(), "Coworking cheque issued: 6 months at " + cheque.siteName()
            + " from " + cheque.firstMonth() + " (2 free, 2 co-financed, 2 sponsored)",
        cheque.issuedBy().name(), cheque.issuedBy().email(), Confidentiality.SHARED,
        "Valid until " + cheque.validUntil(), cheque.chequeId().toString());
  }

  public static PendingJourneyEvent redeemed(CoworkingCheque cheque, YearMonth month,
      Funding funding, Agency agency, Officer by, Instant at) {
    return PendingJourneyEvent.create(cheque.enterpriseNumber(), agency, REDEEMED, at,
        "Coworking cheque month " + cheque.positionOf(month) + " of 6 used at "
            + cheque.siteName() + " (" + funding.labels().en().toLowerCase(Locale.ROOT) + ")",
        by.name(), by.email(), Confidentiality.SHARED, "Month: " + month,
        cheque.chequeId().toString());
  }
}
