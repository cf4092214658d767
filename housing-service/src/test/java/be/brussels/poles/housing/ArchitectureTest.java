package be.brussels.poles.housing;

import be.brussels.poles.testsupport.PoleArchitecture;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The domain (aggregate, value types, rules, input checks, access, journey wording) stays free of
 * Spring, gRPC, the database driver and JSON: only the adapters (Spring components and the gRPC
 * endpoint) and the REST records touch them.
 */
@AnalyzeClasses(packages = "be.brussels.poles.housing",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule domainIsFrameworkFree =
      PoleArchitecture.domainIsFrameworkFree("be.brussels.poles.housing.request..");

  @ArchTest
  static final ArchRule inventoryIsFrameworkFree =
      PoleArchitecture.domainIsFrameworkFree("be.brussels.poles.housing.inventory..");

  @ArchTest
  static final ArchRule leasesAreFrameworkFree =
      PoleArchitecture.domainIsFrameworkFree("be.brussels.poles.housing.lease..");

  @ArchTest
  static final ArchRule matchingIsFrameworkFree =
      PoleArchitecture.domainIsFrameworkFree("be.brussels.poles.housing.matching..");

  @ArchTest
  static final ArchRule chequesAreFrameworkFree =
      PoleArchitecture.domainIsFrameworkFree("be.brussels.poles.housing.cheque..");

  @ArchTest
  static final ArchRule cohortsAreFrameworkFree =
      PoleArchitecture.domainIsFrameworkFree("be.brussels.poles.housing.cohort..");
}
