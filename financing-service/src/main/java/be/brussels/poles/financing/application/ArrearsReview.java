package be.brussels.poles.financing.application;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reviews the loans being repaid on a schedule ({@code poles.loans.arrears-review-interval},
 * default hourly): arrears become a difficulty signal in the CRM journey the day after a missed
 * instalment. Several replicas may review at once; the version check makes one of them win.
 */
@Component
public class ArrearsReview {

  private static final Logger log = LoggerFactory.getLogger(ArrearsReview.class);

  private final FinancingApplicationService applications;
  private final Clock clock;

  public ArrearsReview(FinancingApplicationService applications, Clock clock) {
    this.applications = applications;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${poles.loans.arrears-review-interval:1h}",
      initialDelayString = "${poles.loans.arrears-review-initial-delay:1m}")
  public void review() {
    int changed = applications.reviewArrears(
        LocalDate.ofInstant(clock.instant(), FinancingApplication.BRUSSELS));
    if (changed > 0) {
      log.info("arrears review: {} loans changed", changed);
    }
  }
}
