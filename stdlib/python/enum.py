"""weft's enum: Enum, IntEnum, StrEnum, Flag, IntFlag and friends.

Written for weft from the documented behaviour of CPython 3.11's enum module:
same member reprs, same class reprs, same error messages, same iteration
order.  Members are stored directly in the class dict; the metaclass
(EnumType) builds them after the class object exists.
"""
import sys
import builtins as _builtins
from types import MappingProxyType, DynamicClassAttribute

__all__ = [
    'EnumType', 'EnumMeta',
    'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
    'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
    'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
    'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
]

# These names are bound once the classes exist; the metaclass checks them
# against None while it builds the bootstrap classes themselves.
Enum = Flag = EJECT = _stdlib_enums = ReprEnum = None


# ---- small helpers --------------------------------------------------------

def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_internal_class(cls_name, obj):
    # a class defined inside the enum body, whose qualname shows that
    if not isinstance(obj, type):
        return False
    qualname = getattr(obj, '__qualname__', '')
    return qualname.startswith(cls_name + '.')


def _is_private(cls_name, name):
    prefix = '_%s__' % cls_name.lstrip('_')
    return (len(name) > len(prefix) and name.startswith(prefix)
            and not name.endswith('__'))


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _power_of_two(value):
    return value >= 1 and _is_single_bit(value)


def _high_bit(value):
    return value.bit_length() - 1


def _iter_bits_lsb(num):
    # yields each set bit of a non-negative int, lowest first
    while num:
        low = num & -num
        yield low
        num ^= low


def bin(num, max_bits=None):
    """Like builtins.bin, but shows the sign as a separate leading digit
    ('0b0 101', '0b1 011') and pads to max_bits with the sign digit."""
    width = num.bit_length()
    digits = format(num % (1 << width), '0%db' % width) if width else ''
    sign = '1' if num < 0 else '0'
    if max_bits is not None and len(digits) < max_bits:
        digits = sign * (max_bits - len(digits)) + digits
    return '0b%s %s' % (sign, digits)


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


def _make_class_unpicklable(obj):
    def _break_on_call_reduce(self, proto):
        raise TypeError('%r cannot be pickled' % self)
    if isinstance(obj, dict):
        obj['__reduce_ex__'] = _break_on_call_reduce
        obj['__module__'] = '<unknown>'
    else:
        setattr(obj, '__reduce_ex__', _break_on_call_reduce)
        setattr(obj, '__module__', '<unknown>')


def _dedent(text):
    lines = text.split('\n')
    for ch in lines[0]:
        if ch != ' ':
            break
    width = len(lines[0]) - len(lines[0].lstrip(' '))
    return '\n'.join(line[width:] for line in lines)


# ---- member markers ---------------------------------------------------------

class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member(object):
    """Forces item to become an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class nonmember(object):
    """Protects item from becoming an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class property(DynamicClassAttribute):
    """Like a property on members; on the class it finds a member of the
    same name (so members may be called `name` or `value`)."""

    member = None
    name = None
    clsname = None

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is not None:
                return self.member
            raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))
        if self.fget is not None:
            return self.fget(instance)
        if self.member is not None:
            return self.member
        raise AttributeError('%r member has no attribute %r' % (ownerclass, self.name))

    def __set__(self, instance, value):
        if self.fset is not None:
            return self.fset(instance, value)
        raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))

    def __delete__(self, instance):
        if self.fdel is not None:
            return self.fdel(instance)
        raise AttributeError("<enum %r> cannot delete attribute %r" % (self.clsname, self.name))

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__


# ---- the class-body namespace -------------------------------------------

_ALLOWED_SUNDERS = frozenset((
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
    '_ignore_', '_iter_member_', '_iter_member_by_value_',
    '_iter_member_by_def_',
))


class _EnumDict(dict):
    """Namespace of an enum class body: records member names in order and
    resolves auto() values as they are assigned."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._generate_next_value = None
        self._cls_name = None

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _ALLOWED_SUNDERS:
                raise ValueError('_sunder_ names, such as %r, are reserved for '
                                 'future Enum use' % (key,))
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError('_generate_next_value_ must be defined before members')
                func = value.__func__ if isinstance(value, staticmethod) else value
                self._generate_next_value = func
            elif key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError('_ignore_ cannot specify already set names: %r'
                                     % (already,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            elif self._cls_name is not None and _is_internal_class(self._cls_name, value):
                import warnings
                warnings.warn(
                    'In 3.13 classes created inside an enum will not become a member.  '
                    'Use the `member` decorator to keep the current behavior.',
                    DeprecationWarning, stacklevel=2)
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = self._next_auto(key)
                value = value.value
                self._last_values.append(value)
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                # only the auto() parts of a tuple count as "last values"
                items = []
                for v in value:
                    if isinstance(v, auto):
                        if v.value is _auto_null:
                            v.value = self._next_auto(key)
                        v = v.value
                        self._last_values.append(v)
                    items.append(v)
                value = tuple(items)
            else:
                self._last_values.append(value)
            self._member_names[key] = None
        super().__setitem__(key, value)

    def _next_auto(self, key):
        self._auto_called = True
        return self._generate_next_value(key, 1, len(self._member_names),
                                         self._last_values[:])

    def update(self, *args, **kwds):
        for src in args:
            items = src.items() if hasattr(src, 'items') else src
            for k, v in items:
                self[k] = v
        for k, v in kwds.items():
            self[k] = v


class _ProtoMember:
    """Placeholder for a member value in the class namespace; becomes the
    real member when type.__new__ calls __set_name__."""

    def __init__(self, value):
        self.value = value

    def __set_name__(self, enum_class, member_name):
        value = self.value
        member_type = enum_class._member_type_
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        new_member = enum_class._new_member_
        if not enum_class._use_args_:
            enum_member = new_member(enum_class)
        else:
            enum_member = new_member(enum_class, *args)
        if not hasattr(enum_member, '_value_'):
            if member_type is object or not enum_class._use_args_:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = member_type(*args)
                except Exception:
                    enum_member._value_ = member_type.__new__(member_type, *args)
        value = enum_member._value_
        enum_member._name_ = member_name
        enum_member.__objclass__ = enum_class
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(enum_class._member_names_)

        # an earlier member with an equal value makes this name an alias
        canonical = _lookup_value(enum_class, value)
        if canonical is not _MISSING:
            enum_member = canonical
        elif Flag is not None and issubclass(enum_class, Flag):
            # only single-bit members are canonical; multi-bit ones are aliases
            if isinstance(value, int) and _is_single_bit(value):
                enum_class._member_names_.append(member_name)
                enum_class._flag_mask_ |= value
            if isinstance(value, int) and value > 0:
                enum_class._all_bits_ |= value
        else:
            enum_class._member_names_.append(member_name)

        descriptor = None
        for base in enum_class.__mro__[1:]:
            found = base.__dict__.get(member_name)
            if isinstance(found, (_builtins.property, DynamicClassAttribute)):
                descriptor = found
                break
        # re-add the name so that members follow the bookkeeping in __dict__
        type.__delattr__(enum_class, member_name)
        if descriptor is not None:
            redirect = property(getattr(descriptor, 'fget', None),
                                getattr(descriptor, 'fset', None),
                                getattr(descriptor, 'fdel', None))
            redirect.member = enum_member
            redirect.__set_name__(enum_class, member_name)
            type.__setattr__(enum_class, member_name, redirect)
        else:
            type.__setattr__(enum_class, member_name, enum_member)
        enum_class._member_map_[member_name] = enum_member
        try:
            enum_class._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            enum_class._unhashable_values_.append(value)


_MISSING = object()


def _lookup_value(enum_class, value):
    """The member (or pseudo-member) whose value equals `value`, else _MISSING."""
    try:
        return enum_class._value2member_map_[value]
    except KeyError:
        return _MISSING
    except TypeError:
        pass
    for m in enum_class._member_map_.values():
        if m._value_ == value:
            return m
    return _MISSING


# ---- the metaclass -------------------------------------------------------

class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            enum_dict['_generate_next_value_'] = getattr(
                first_enum, '_generate_next_value_', None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)

        member_names = list(classdict._member_names)
        ignore = set(classdict._ignore)
        ignore.add('_ignore_')
        namespace = {k: v for k, v in classdict.items() if k not in ignore}

        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new_member, save_new, use_args = metacls._find_new_(namespace, member_type, first_enum)

        invalid = set(member_names) & {'mro', ''}
        if invalid:
            raise ValueError('invalid enum member name(s) %s'
                             % ','.join(repr(n) for n in sorted(invalid)))

        # Members are created by _ProtoMember.__set_name__ while type.__new__
        # runs, so that they already exist when __init_subclass__ is called.
        for name in member_names:
            namespace[name] = _ProtoMember(namespace[name])
        order = namespace.pop('_order_', None)

        namespace['_new_member_'] = new_member
        namespace['_use_args_'] = use_args
        namespace['_member_names_'] = []
        namespace['_member_map_'] = {}
        namespace['_value2member_map_'] = {}
        namespace['_unhashable_values_'] = []
        namespace['_member_type_'] = member_type
        namespace['_value_repr_'] = metacls._find_data_repr_(cls, bases)
        is_flag = Flag is not None and any(issubclass(b, Flag) for b in bases)
        if is_flag or (Flag is None and boundary is not None):
            namespace['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
            namespace['_flag_mask_'] = 0
            namespace['_all_bits_'] = 0
            namespace['_inverted_'] = None

        exc = None
        try:
            enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        except RuntimeError as e:
            # a failing member constructor surfaces from __set_name__
            exc = e.__cause__ or e
        if exc is not None:
            raise exc

        # a mixed-in data type must not supply repr() and friends
        if first_enum is not None and Enum is not None:
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name in namespace:
                    continue
                found = getattr(enum_class, name)
                if found in (getattr(member_type, name), getattr(object, name)):
                    setattr(enum_class, name, getattr(first_enum, name))

        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type '
                                '(i.e. int, str, float, etc.)')
            if '__format__' not in namespace:
                enum_class.__format__ = member_type.__format__
            if '__str__' not in namespace:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                enum_class.__str__ = method

        if is_flag:
            # int's operators would win over Flag's in IntFlag's MRO
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__',
                         '__rxor__', '__invert__'):
                if name not in namespace:
                    setattr(enum_class, name, Flag.__dict__[name])

        if Enum is not None:
            if save_new:
                enum_class.__new_member__ = new_member
            enum_class.__new__ = Enum.__new__

        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            names = enum_class._member_names_
            if is_flag:
                names = [n for n in names if n in order]
            if order != names:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))

        if is_flag:
            metacls._finish_flag_(enum_class)
        return enum_class

    @staticmethod
    def _finish_flag_(enum_class):
        # _all_bits_ collected the bits of every member, aliases included
        enum_class._all_bits_ = 2 ** enum_class._all_bits_.bit_length() - 1
        values = [m._value_ for m in enum_class]
        if values != sorted(values):
            enum_class._iter_member_ = enum_class._iter_member_by_def_

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            import warnings
            warnings.warn(
                'in 3.12 __contains__ will no longer raise TypeError, but will return '
                'True or\nFalse depending on whether the value is a member or the value '
                'of a member', DeprecationWarning, stacklevel=2)
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        interesting = set(['__class__', '__contains__', '__doc__', '__getitem__',
                           '__iter__', '__len__', '__members__', '__module__',
                           '__name__', '__qualname__', '__init_subclass__'])
        interesting.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            interesting.add('__new__')
        if cls._member_type_ is object:
            return sorted(interesting)
        return sorted(set(dir(cls._member_type_)) | interesting)

    def __getattr__(cls, name):
        # members are in the class dict; this finds those shadowed there
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_builtins.property
    def __members__(cls):
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return '<flag %r>' % (cls.__name__,)
        return '<enum %r>' % (cls.__name__,)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)

        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if names is None:
            names = ()
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value

        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is None:
            _make_class_unpicklable(classdict)
        else:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        """Build an enum from the module globals (or `source`) whose names
        pass `filter`, and export its members (used by stdlib modules)."""
        module_globals = sys.modules[module].__dict__
        source = module_globals if source is None else source.__dict__
        members = [(n, v) for n, v in source.items() if filter(n)]
        try:
            members.sort(key=lambda t: (t[1], t[0]))
        except TypeError:
            members.sort(key=lambda t: t[0])
        new = cls(name, members, module=module, boundary=boundary or KEEP)
        if as_global:
            global_enum(new)
        else:
            module_globals.update(new.__members__)
        module_globals[name] = new
        return new

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError('<enum %r> cannot extend %r' % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        member_type = mcls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base._value_repr_
                if '__repr__' in base.__dict__:
                    return base.__dict__['__repr__']
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        found = []
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        if base._member_type_ not in found:
                            found.append(base._member_type_)
                        break
                elif '__new__' in base.__dict__ or '__init__' in base.__dict__:
                    t = candidate or base
                    if t not in found:
                        found.append(t)
                    break
                else:
                    candidate = candidate or base
        if len(found) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, set(found)))
        return found[0] if found else None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        new = classdict.get('__new__', None)
        save_new = first_enum is not None and new is not None
        if new is None:
            for method in ('__new_member__', '__new__'):
                for possible in (member_type, first_enum):
                    target = getattr(possible, method, None)
                    if target not in (None, None.__new__, object.__new__,
                                      Enum.__new__ if Enum is not None else None):
                        new = target
                        break
                if new is not None:
                    break
            else:
                new = object.__new__
        use_args = new is not object.__new__
        return new, save_new, use_args


EnumMeta = EnumType


# ---- Enum and friends ------------------------------------------------------

class Enum(metaclass=EnumType):
    """
    Create a collection of name/value pairs.

    Example enumeration:

    >>> class Color(Enum):
    ...     RED = 1
    ...     BLUE = 2
    ...     GREEN = 3

    Access them by attribute (Color.RED), by value (Color(1)) or by name
    (Color['RED']); enumerations can be iterated over and know how many
    members they have.
    """

    def __new__(cls, value):
        if type(value) is cls:
            return value
        found = _lookup_value(cls, value)
        if found is not _MISSING:
            return found
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
                and isinstance(result, int)):
            return result
        ve_exc = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        if exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc
        try:
            raise exc
        finally:
            exc = ve_exc = None

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        last = last_values[-1]
        try:
            ordered = sorted(last_values)
            if last == ordered[-1]:
                return last + 1
            raise TypeError
        except TypeError:
            import warnings
            warnings.warn(
                'In 3.13 the default `auto()`/`_generate_next_value_` will require all '
                'values to be sortable and support adding +1\nand the value returned will '
                'be the largest value in the enum incremented by 1',
                DeprecationWarning, stacklevel=3)
            for v in reversed(last_values):
                try:
                    return v + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __dir__(self):
        if self._member_type_ is object:
            interesting = set(['__class__', '__doc__', '__eq__', '__hash__',
                               '__module__', 'name', 'value'])
        else:
            interesting = set(object.__dir__(self))
        for name in getattr(self, '__dict__', []):
            if name[0] != '_':
                interesting.add(name)
        for cls in self.__class__.mro():
            for name, obj in cls.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or obj.member is None:
                        interesting.add(name)
                    else:
                        interesting.discard(name)
                else:
                    interesting.add(name)
        return sorted(interesting)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return getattr, (self.__class__, self._name_)

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2]))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """Control how out-of-range values are handled: STRICT raises, CONFORM
    discards invalid bits, EJECT returns a plain int, KEEP keeps them."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=CONFORM):
    """Support for flags"""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for bit in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        """Create a pseudo-member for a combination of flags (or apply the
        class's boundary to a value with unknown bits)."""
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if boundary is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, bin(value, max_bits), bin(flag_mask, max_bits)))
            elif boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        member_value = value & flag_mask
        if unknown and boundary is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, _builtins.bin(unknown)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        if member_value:
            pseudo._name_ = '|'.join(m._name_ for m in cls._iter_member_(member_value))
            if unknown:
                pseudo._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo._name_ = None
        if not unknown:
            # only combinations of known flags are cached
            pseudo = cls._value2member_map_.setdefault(value, pseudo)
            if neg_value is not None:
                cls._value2member_map_[neg_value] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, v_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __reduce_ex__(self, proto):
        if self._name_ is not None and '|' not in self._name_:
            return getattr, (self.__class__, self._name_)
        return self.__class__, (self._value_,)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        other = self._other_value(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._other_value(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._other_value(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ is KEEP:
                inverted = self.__class__(~self._value_)
            else:
                inverted = self.__class__(self._flag_mask_ ^ self._value_)
            if isinstance(inverted, self.__class__):
                object.__setattr__(self, '_inverted_', inverted)
            return inverted
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags"""


# ---- decorators and checks --------------------------------------------------

def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m.name:
            duplicates.append((name, m.name))
    if duplicates:
        alias_details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


class EnumCheck(StrEnum):
    """various conditions to check an enumeration for"""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Check an enumeration for various constraints. (see EnumCheck)"""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        enum_type = 'flag' if Flag is not None and issubclass(enumeration, Flag) else 'enum'
        for check in self.checks:
            if check is UNIQUE:
                duplicates = [(name, m.name) for name, m in enumeration.__members__.items()
                              if name != m.name]
                if duplicates:
                    details = ', '.join('%s -> %s' % (a, n) for a, n in duplicates)
                    raise ValueError('aliases found in %r: %s' % (enumeration, details))
            elif check is CONTINUOUS:
                values = set(e.value for e in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                missing = []
                if enum_type == 'flag':
                    for i in range(_high_bit(low) + 1, _high_bit(high)):
                        if 2 ** i not in values:
                            missing.append(2 ** i)
                else:
                    for i in range(low + 1, high):
                        if i not in values:
                            missing.append(i)
                if missing:
                    raise ValueError('invalid %s %r: missing values %s'
                                     % (enum_type, cls_name,
                                        ', '.join(str(v) for v in missing)[:256]))
            elif check is NAMED_FLAGS:
                member_names = enumeration._member_names_
                member_values = [m.value for m in enumeration]
                missing_names = []
                missing_value = 0
                for name, alias in enumeration._member_map_.items():
                    if name in member_names:
                        continue
                    if alias.value < 0:
                        continue
                    values = list(_iter_bits_lsb(alias.value))
                    missed = [v for v in values if v not in member_values]
                    if missed:
                        missing_names.append(name)
                        for v in missed:
                            missing_value |= v
                if missing_names:
                    if len(missing_names) == 1:
                        alias = 'alias %s is missing' % missing_names[0]
                    else:
                        alias = 'aliases %s and %s are missing' % (
                            ', '.join(missing_names[:-1]), missing_names[-1])
                    if _is_single_bit(missing_value):
                        value = 'value 0x%x' % missing_value
                    else:
                        value = 'combined values of 0x%x' % missing_value
                    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) '
                                     'for details]' % (cls_name, alias, value))
        return enumeration


def global_enum_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    cls_name = self.__class__.__name__
    if self._name_ is None:
        return '%s.%s(%r)' % (module, cls_name, self._value_)
    if _is_single_bit(self._value_):
        return '%s.%s' % (module, self._name_)
    if self._boundary_ is not FlagBoundary.KEEP:
        return '|'.join('%s.%s' % (module, name) for name in self.name.split('|'))
    parts = []
    for name in self._name_.split('|'):
        if name[0].isdigit():
            parts.append(name)
        else:
            parts.append('%s.%s' % (module, name))
    return '|'.join(parts)


def global_str(self):
    if self._name_ is None:
        cls_name = self.__class__.__name__
        return '%s(%r)' % (cls_name, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Make the members of an enum show up as module globals in repr()
    (module.NAME rather than <Class.NAME: value>) and export them."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Turn a plain class into an enum of type `etype` (used by stdlib
    modules that want enums cheaply)."""
    def convert_class(cls):
        body = {}
        names = []
        for name, value in cls.__dict__.items():
            if name in ('__dict__', '__weakref__'):
                continue
            if _is_dunder(name) or _is_private(cls.__name__, name) or _is_sunder(name) \
                    or _is_descriptor(value):
                body[name] = value
            else:
                names.append((name, value))
        enum_dict = EnumType.__prepare__(cls.__name__, (etype,))
        for k, v in body.items():
            enum_dict[k] = v
        for k, v in names:
            enum_dict[k] = v
        kw = {} if boundary is None else {'boundary': boundary}
        return EnumType(cls.__name__, (etype,), enum_dict, **kw)
    return convert_class
