package dev.collections.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class CurrenciesTest {

  private static final Money USD_1 = Money.parse("USD 1.00");
  private static final Money EUR_1 = Money.parse("EUR 1.00");

  @Test
  void requireCurrency_sameCurrency_returnsTheAmount() {
    assertSame(USD_1, Currencies.requireCurrency(USD_1, CurrencyUnit.USD, "payment"));
  }

  @Test
  void requireCurrency_otherCurrency_namesFieldAndBothCurrencies() {
    MixedCurrencyException e =
        assertThrows(
            MixedCurrencyException.class,
            () -> Currencies.requireCurrency(EUR_1, CurrencyUnit.USD, "payment"));
    assertEquals("payment must be in USD: EUR", e.getMessage());
    assertEquals(CurrencyUnit.USD, e.required());
    assertEquals(CurrencyUnit.EUR, e.found());
    assertEquals("payment", e.field());
  }

  @Test
  void mixedCurrencyException_isJodasMismatchAndAnIllegalArgument() {
    MixedCurrencyException e =
        new MixedCurrencyException("payment", CurrencyUnit.USD, CurrencyUnit.EUR);
    assertEquals(CurrencyUnit.USD, ((CurrencyMismatchException) e).getFirstCurrency());
    assertEquals(CurrencyUnit.EUR, e.getSecondCurrency());
    IllegalArgumentException asIllegalArgument = e;
    assertEquals("payment must be in USD: EUR", asIllegalArgument.getMessage());
  }

  @Test
  void requireCurrency_currencyUnits_compared() {
    assertSame(
        CurrencyUnit.USD, Currencies.requireCurrency(CurrencyUnit.USD, CurrencyUnit.USD, "c"));
    assertThrows(
        MixedCurrencyException.class,
        () -> Currencies.requireCurrency(CurrencyUnit.JPY, CurrencyUnit.USD, "currency"));
  }

  @Test
  void requireCurrency_list_namesFirstOffendingIndex() {
    MixedCurrencyException e =
        assertThrows(
            MixedCurrencyException.class,
            () -> Currencies.requireCurrency(List.of(USD_1, USD_1, EUR_1), CurrencyUnit.USD, "xs"));
    assertEquals("xs[2] must be in USD: EUR", e.getMessage());
  }

  @Test
  void publicMethods_rejectNulls() {
    new NullPointerTester()
        .setDefault(Money.class, USD_1)
        .setDefault(CurrencyUnit.class, CurrencyUnit.USD)
        .testAllPublicStaticMethods(Currencies.class);
    new NullPointerTester()
        .setDefault(CurrencyUnit.class, CurrencyUnit.USD)
        .testAllPublicConstructors(MixedCurrencyException.class);
  }
}
