package be.brussels.poles.financing.application;

import be.brussels.poles.financing.catalogue.Instrument;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.money.Money;

/** A checked request to record an application. */
public record NewApplication(EnterpriseNumber enterpriseNumber, Instrument instrument,
    Money amount, String purpose) {}
