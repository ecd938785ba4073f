package org.tiaojie.records.internal;

import java.lang.reflect.Proxy;

import javax.transaction.Status;
import javax.transaction.TransactionManager;

import org.apache.openjpa.ee.AbstractManagedRuntime;

/**
 * OpenJPA's managed runtime outside a container, for {@link SchemaCheck}: a JTA unit asks it whether a transaction is
 * going on, and none ever is (the check only reads the tables' definitions).
 */
public class NoTransactions extends AbstractManagedRuntime {
    private static final TransactionManager NONE = (TransactionManager) Proxy.newProxyInstance(
            NoTransactions.class.getClassLoader(), new Class<?>[]{TransactionManager.class}, (proxy, method, args) ->
                    switch (method.getName()) {
                        case "getStatus" -> Status.STATUS_NO_TRANSACTION;
                        case "getTransaction" -> null;
                        case "toString" -> "no transactions";
                        default -> throw new UnsupportedOperationException(method.getName());
                    });

    @Override
    public TransactionManager getTransactionManager() {
        return NONE;
    }

    @Override
    public void setRollbackOnly(Throwable cause) {
    }

    @Override
    public Throwable getRollbackCause() {
        return null;
    }
}
