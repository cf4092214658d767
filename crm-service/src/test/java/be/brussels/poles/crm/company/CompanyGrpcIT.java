package be.brussels.poles.crm.company;

import static be.brussels.poles.testsupport.GrpcCalls.violatedFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.poles.api.crm.v1.RegisterCompanyRequest;
import be.brussels.poles.api.crm.v1.RegisterCompanyResponse;
import be.brussels.poles.api.crm.v1.ResolveCompanyRequest;
import be.brussels.poles.api.crm.v1.ResolveCompanyResponse;
import be.brussels.poles.crm.support.CrmIntegrationTest;
import be.brussels.poles.crm.support.TestNumbers;
import com.mongodb.client.MongoDatabase;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CompanyGrpcIT extends CrmIntegrationTest {

  @Autowired
  MongoDatabase database;

  private RegisterCompanyResponse register(String token, String number, String name) {
    return directory(token).registerCompany(RegisterCompanyRequest.newBuilder()
        .setEnterpriseNumber(number(number)).setName(name).build());
  }

  @Test
  void aPoleRegistersThenResolvesACompany() {
    String number = TestNumbers.fresh();
    String token = TOKENS.service("guidance-service");

    RegisterCompanyResponse registered = register(token, TestNumbers.dotted(number), " Atelier Nord ");
    assertThat(registered.getCreated()).isTrue();
    assertThat(registered.getCompany().getEnterpriseNumber().getValue()).isEqualTo(number);
    assertThat(registered.getCompany().getName()).isEqualTo("Atelier Nord");
    assertThat(registered.getCompany().getRegisteredAt().getSeconds()).isPositive();

    ResolveCompanyResponse resolved = directory(token).resolveCompany(
        ResolveCompanyRequest.newBuilder().setEnterpriseNumber(number("BE" + number)).build());
    assertThat(resolved.getCompany()).isEqualTo(registered.getCompany());
  }

  @Test
  void registeringAgainReturnsTheExistingCompanyUnchanged() {
    String number = TestNumbers.fresh();
    RegisterCompanyResponse first = register(TOKENS.service("financing-service"), number, "First");
    RegisterCompanyResponse second = register(TOKENS.service("housing-service"), number, "Second");
    assertThat(second.getCreated()).isFalse();
    assertThat(second.getCompany()).isEqualTo(first.getCompany());
  }

  @Test
  void anUnknownCompanyIsNotFound() {
    assertThatThrownBy(() -> directory(TOKENS.service("guidance-service")).resolveCompany(
        ResolveCompanyRequest.newBuilder().setEnterpriseNumber(number(TestNumbers.fresh())).build()))
        .isInstanceOfSatisfying(StatusRuntimeException.class,
            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
  }

  @Test
  void aBadNumberIsAnInvalidArgumentNamingTheField() {
    assertThatThrownBy(() -> directory(TOKENS.service("guidance-service")).resolveCompany(
        ResolveCompanyRequest.newBuilder().setEnterpriseNumber(number("0403019262")).build()))
        .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
          assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
          assertThat(e.getStatus().getDescription()).contains("mod-97");
          assertThat(violatedFields(e)).containsExactly("enterprise_number");
        });
  }

  @Test
  void anUnsetNumberIsAnInvalidArgument() {
    assertThatThrownBy(() -> directory(TOKENS.service("guidance-service"))
        .resolveCompany(ResolveCompanyRequest.getDefaultInstance()))
        .isInstanceOfSatisfying(StatusRuntimeException.class,
            e -> assertThat(violatedFields(e)).containsExactly("enterprise_number"));
  }

  @Test
  void aMissingNameIsAnInvalidArgument() {
    assertThatThrownBy(() -> register(TOKENS.service("guidance-service"), TestNumbers.fresh(), ""))
        .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
          assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
          assertThat(violatedFields(e)).containsExactly("name");
        });
  }

  @Test
  void concurrentRegistrationsOfOneNumberCreateOneCompany() throws Exception {
    String number = TestNumbers.fresh();
    String token = TOKENS.service("guidance-service");
    int callers = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      List<Future<RegisterCompanyResponse>> answers = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        String name = "Racer " + i;
        Callable<RegisterCompanyResponse> call = () -> {
          start.await();
          return register(token, number, name);
        };
        answers.add(pool.submit(call));
      }
      start.countDown();
      List<RegisterCompanyResponse> responses = new ArrayList<>();
      for (Future<RegisterCompanyResponse> answer : answers) {
        responses.add(answer.get());
      }
      assertThat(responses).filteredOn(RegisterCompanyResponse::getCreated).hasSize(1);
      assertThat(responses).extracting(r -> r.getCompany().getCompanyId()).containsOnly(
          responses.get(0).getCompany().getCompanyId());
      assertThat(database.getCollection("companies")
          .countDocuments(new Document("enterpriseNumber", number))).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void partnerSystemsMayResolveButNotRegister() {
    String number = TestNumbers.fresh();
    register(TOKENS.service("guidance-service"), number, "Known");
    assertThat(directory(TOKENS.partner()).resolveCompany(
        ResolveCompanyRequest.newBuilder().setEnterpriseNumber(number(number)).build())
        .getCompany().getName()).isEqualTo("Known");
    assertThatThrownBy(() -> register(TOKENS.partner(), TestNumbers.fresh(), "Nope"))
        .isInstanceOfSatisfying(StatusRuntimeException.class, e ->
            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
  }

  @Test
  void staffRelayedByAPoleRegisterWithTheirOwnRoles() {
    // the pole forwards the end user's token: an advisor may register, a committee member not
    assertThat(register(TOKENS.staff("/hub/atrium", "advisor"), TestNumbers.fresh(), "Shop")
        .getCreated()).isTrue();
    assertThatThrownBy(() -> register(TOKENS.staff("/finance", "committee"), TestNumbers.fresh(),
        "Shop"))
        .isInstanceOfSatisfying(StatusRuntimeException.class, e ->
            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
  }
}
