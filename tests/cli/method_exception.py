# Exception raised deep inside methods of a class, called from module level.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        self._check(amount)
        self.balance -= amount
        return self.balance

    def _check(self, amount):
        if amount > self.balance:
            raise RuntimeError(f"{self.owner}: insufficient funds ({amount} > {self.balance})")

acct = Account("ann", 100)
print(acct.withdraw(30))
print(acct.withdraw(100))
