package be.brussels.poles.financing;

import be.brussels.poles.testsupport.PoleArchitecture;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The domain (aggregate, rules, input checks, access, journey wording) stays free of Spring,
 * gRPC, the database driver and JSON: only the adapters (Spring components: controller,
 * application service, repository, gRPC endpoint, configuration) and the REST records touch them.
 */
@AnalyzeClasses(packages = "be.brussels.poles.financing",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule domainIsFrameworkFree =
      PoleArchitecture.domainIsFrameworkFree("be.brussels.poles.financing.application..");

  @ArchTest
  static final ArchRule catalogueIsFrameworkFree =
      PoleArchitecture.domainIsFrameworkFree("be.brussels.poles.financing.catalogue..");

  @ArchTest
  static final ArchRule loansAreFrameworkFree =
      PoleArchitecture.domainIsFrameworkFree("be.brussels.poles.financing.loan..");

  @ArchTest
  static final ArchRule portfolioIsFrameworkFree =
      PoleArchitecture.domainIsFrameworkFree("be.brussels.poles.financing.portfolio..");

  @ArchTest
  static final ArchRule guaranteesAreFrameworkFree =
      PoleArchitecture.domainIsFrameworkFree("be.brussels.poles.financing.guarantee..");
}
