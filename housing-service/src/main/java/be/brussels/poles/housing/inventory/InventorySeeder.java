package be.brussels.poles.housing.inventory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Seeds the {@link DemoInventory} at start-up when there is no site yet, so that a fresh
 * {@code make run} shows a meaningful inventory. Off with {@code housing.demo-inventory=false}
 * (production, and the tests, which make their own sites).
 */
@Component
public class InventorySeeder implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(InventorySeeder.class);

  private final SiteRepository sites;
  private final UnitRepository units;
  private final Clock clock;
  private final boolean enabled;

  public InventorySeeder(SiteRepository sites, UnitRepository units, Clock clock,
      @Value("${housing.demo-inventory:true}") boolean enabled) {
    this.sites = sites;
    this.units = units;
    this.clock = clock;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled || !sites.isEmpty()) {
      return;
    }
    int unitCount = 0;
    var entries = DemoInventory.entries(LocalDate.now(clock.withZone(InventoryService.BRUSSELS)),
        clock.instant().truncatedTo(ChronoUnit.MILLIS));
    for (DemoInventory.Entry entry : entries) {
      sites.insert(entry.site());
      entry.units().forEach(units::insert);
      unitCount += entry.units().size();
    }
    log.info("demo inventory seeded: {} sites, {} units", entries.size(), unitCount);
  }
}
