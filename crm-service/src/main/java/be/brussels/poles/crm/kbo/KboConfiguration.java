package be.brussels.poles.crm.kbo;

import be.brussels.poles.crm.company.Companies;
import be.brussels.poles.crm.company.CompanyChanges;
import be.brussels.poles.crm.journey.JourneyStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Wires the KBO import, and seeds the demo: when the company master is empty at start-up and
 * {@code poles.crm.demo-seed} is on (the {@code make run} default), it imports the shipped
 * sample delivery in the background.
 */
@Configuration(proxyBeanMethods = false)
public class KboConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(KboConfiguration.class);

  @Bean(destroyMethod = "shutdownNow")
  ExecutorService kboImportWorker() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread thread = new Thread(r, "kbo-import");
      thread.setDaemon(true);
      return thread;
    });
  }

  @Bean
  KboImportService kboImportService(Companies companies, CompanyChanges changes,
      JourneyStore journey, KboImports imports, ExecutorService kboImportWorker,
      @Value("${poles.crm.kbo.drop-folder}") String dropFolder, Clock clock) {
    return new KboImportService(new KboImporter(companies, changes, journey, clock), imports,
        kboImportWorker, Path.of(dropFolder), clock, LOG::info);
  }

  @Bean
  DemoSeed demoSeed(@Value("${poles.crm.demo-seed}") boolean enabled, Companies companies,
      KboImportService imports) {
    return new DemoSeed(enabled, companies, imports);
  }

  /** Imports the sample once the service is ready, when asked to and the master is empty. */
  record DemoSeed(boolean enabled, Companies companies, KboImportService imports) {
    @EventListener(ApplicationReadyEvent.class)
    public void seed() {
      if (!enabled) {
        return;
      }
      if (companies.isEmpty()) {
        KboImportJob job = imports.startAsService(KboArchive.Sample.NAME, KboImportMode.FULL,
            "crm-service (demo seed)");
        LOG.info("Company master empty: importing the KBO demo sample (import {})",
            job.importId());
      }
    }
  }
}
