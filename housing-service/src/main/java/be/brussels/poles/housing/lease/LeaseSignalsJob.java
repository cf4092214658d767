package be.brussels.poles.housing.lease;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for leases nearing their end, hourly by default ({@code housing.lease-signals.interval}).
 * Several replicas may run it: each signal is written with its unit's version, so a lease is
 * signalled once.
 */
@Component
public class LeaseSignalsJob {

  private static final Logger log = LoggerFactory.getLogger(LeaseSignalsJob.class);

  private final LeaseService leases;

  public LeaseSignalsJob(LeaseService leases) {
    this.leases = leases;
  }

  @Scheduled(fixedDelayString = "${housing.lease-signals.interval:PT1H}",
      initialDelayString = "${housing.lease-signals.initial-delay:PT1M}")
  public void signalEndingLeases() {
    int signalled = leases.signalEndingLeases();
    if (signalled > 0) {
      log.info("{} end-of-lease signals written", signalled);
    }
  }
}
