# Inheritance, method overriding, super() in single and multiple inheritance.
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def describe(self):
        return f"I am {self.name}: {self.speak()}"
class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return f"{self.name} barks"
class Puppy(Dog):
    def speak(self):
        return super().speak() + " softly"
p = Puppy("Rex", "lab")
print(p.describe(), p.breed, isinstance(p, Animal), Puppy.__mro__[1].__name__)
print(Animal.speak(p), super(Puppy, p).speak(), super(Dog, p).speak())

class Base:
    def __init__(self):
        print("Base.__init__")
        super().__init__()
class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()
class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()
class Child(Left, Right):
    def __init__(self):
        print("Child.__init__")
        super().__init__()
Child()
print([c.__name__ for c in Child.__mro__])

class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D().who())

class O: pass
class X(O): pass
class Y(O): pass
class Z(O): pass
class K1(X, Y): pass
class K2(Y, Z): pass
class M(K1, K2): pass
print([c.__name__ for c in M.__mro__])

class WithClassmethod:
    @classmethod
    def make(cls):
        return cls.__name__
class Sub(WithClassmethod):
    @classmethod
    def make(cls):
        return "Sub+" + super().make()
print(Sub.make())
try:
    super()
except RuntimeError as e:
    print("RuntimeError", e)
print(super(D, D()).who.__qualname__, issubclass(D, (C, int)))
