//! [`NonEmpty`]: a list that always has at least one element.

use std::borrow::Cow;
use std::fmt;
use std::ops::{Deref, DerefMut};

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

use crate::model::InvalidValue;

/// A list with at least one element, as the standard requires of
/// `focus_areas` and of a position's `focus_areas` and `targets`.
///
/// It reads and writes as a JSON array (`[]` is rejected on the way in), its
/// schema is the array's with `minItems: 1`, and it dereferences to a slice,
/// so everything that reads a slice reads it. Nothing can make it empty: it is
/// built from a first element ([`NonEmpty::new`]) or from a `Vec` that is
/// checked ([`TryFrom<Vec<T>>`]), and grows with [`push`](NonEmpty::push).
///
/// ```
/// use omvarld::model::NonEmpty;
///
/// let mut areas = NonEmpty::new("bostader");
/// areas.push("miljo");
/// assert_eq!(areas.len(), 2);
/// assert_eq!(*areas.first(), "bostader");
/// assert_eq!(areas.iter().copied().collect::<Vec<_>>(), ["bostader", "miljo"]);
/// assert!(NonEmpty::<&str>::try_from(Vec::new()).is_err());
/// ```
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NonEmpty<T>(Vec<T>);

impl<T> NonEmpty<T> {
    /// What a valid value looks like, for messages.
    pub const EXPECTED: &'static str = "at least one element";

    /// A list of one element.
    ///
    /// ```
    /// let list = omvarld::model::NonEmpty::new(1);
    /// assert_eq!(list.as_slice(), [1]);
    /// ```
    #[must_use]
    pub fn new(first: T) -> Self {
        Self(vec![first])
    }

    /// The first element; there always is one.
    ///
    /// ```
    /// let list = omvarld::model::NonEmpty::try_from(vec![3, 4])?;
    /// assert_eq!(*list.first(), 3);
    /// # Ok::<(), omvarld::model::InvalidValue>(())
    /// ```
    #[must_use]
    pub fn first(&self) -> &T {
        // The list is never empty; the fallback is unreachable.
        match self.0.as_slice() {
            [first, ..] => first,
            [] => unreachable!("a NonEmpty list has an element"),
        }
    }

    /// The last element; there always is one.
    ///
    /// ```
    /// let list = omvarld::model::NonEmpty::try_from(vec![3, 4])?;
    /// assert_eq!(*list.last(), 4);
    /// # Ok::<(), omvarld::model::InvalidValue>(())
    /// ```
    #[must_use]
    pub fn last(&self) -> &T {
        match self.0.as_slice() {
            [.., last] => last,
            [] => unreachable!("a NonEmpty list has an element"),
        }
    }

    /// Adds an element at the end.
    ///
    /// ```
    /// let mut list = omvarld::model::NonEmpty::new(1);
    /// list.push(2);
    /// assert_eq!(list.as_slice(), [1, 2]);
    /// ```
    pub fn push(&mut self, value: T) {
        self.0.push(value);
    }

    /// The elements as a slice (also reached through `Deref`).
    ///
    /// ```
    /// let list = omvarld::model::NonEmpty::new("a");
    /// let slice: &[&str] = list.as_slice();
    /// assert_eq!(slice.len(), 1);
    /// ```
    #[must_use]
    pub fn as_slice(&self) -> &[T] {
        &self.0
    }

    /// The elements as a `Vec`, which may then be emptied.
    ///
    /// ```
    /// let list = omvarld::model::NonEmpty::new(1);
    /// assert_eq!(list.into_vec(), vec![1]);
    /// ```
    #[must_use]
    pub fn into_vec(self) -> Vec<T> {
        self.0
    }

    /// A list of the results of `f` on every element, in order.
    ///
    /// ```
    /// let list = omvarld::model::NonEmpty::try_from(vec![1, 2])?;
    /// assert_eq!(list.map(|n| n * 10).as_slice(), [10, 20]);
    /// # Ok::<(), omvarld::model::InvalidValue>(())
    /// ```
    #[must_use]
    pub fn map<U>(self, f: impl FnMut(T) -> U) -> NonEmpty<U> {
        NonEmpty(self.0.into_iter().map(f).collect())
    }
}

/// The elements as a slice: `len`, `iter`, indexing, `contains`, ….
///
/// ```
/// let list = omvarld::model::NonEmpty::try_from(vec![1, 2, 3])?;
/// assert_eq!(list.len(), 3);
/// assert_eq!(list[1], 2);
/// assert!(list.contains(&3));
/// # Ok::<(), omvarld::model::InvalidValue>(())
/// ```
impl<T> Deref for NonEmpty<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        &self.0
    }
}

/// The elements as a mutable slice: `iter_mut`, `swap`, `sort`, … (none of
/// which can change the length).
///
/// ```
/// let mut list = omvarld::model::NonEmpty::try_from(vec![2, 1])?;
/// list.swap(0, 1);
/// for n in list.iter_mut() {
///     *n *= 10;
/// }
/// assert_eq!(list.as_slice(), [10, 20]);
/// # Ok::<(), omvarld::model::InvalidValue>(())
/// ```
impl<T> DerefMut for NonEmpty<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        &mut self.0
    }
}

/// Checks that the list has an element.
///
/// ```
/// use omvarld::model::NonEmpty;
/// assert_eq!(NonEmpty::try_from(vec!["a"])?.len(), 1);
/// let err = NonEmpty::<&str>::try_from(vec![]).unwrap_err();
/// assert_eq!(err.to_string(), "`[]` is not a valid list: expected at least one element");
/// # Ok::<(), omvarld::model::InvalidValue>(())
/// ```
impl<T> TryFrom<Vec<T>> for NonEmpty<T> {
    type Error = InvalidValue;
    fn try_from(list: Vec<T>) -> Result<Self, InvalidValue> {
        if list.is_empty() {
            return Err(InvalidValue::new("NonEmpty", Self::EXPECTED, "[]".into()));
        }
        Ok(Self(list))
    }
}

/// The elements as a `Vec`.
///
/// ```
/// let list = omvarld::model::NonEmpty::new('x');
/// assert_eq!(Vec::from(list), vec!['x']);
/// ```
impl<T> From<NonEmpty<T>> for Vec<T> {
    fn from(list: NonEmpty<T>) -> Vec<T> {
        list.0
    }
}

/// The elements as a slice.
///
/// ```
/// let list = omvarld::model::NonEmpty::new(1);
/// let slice: &[i32] = list.as_ref();
/// assert_eq!(slice, [1]);
/// ```
impl<T> AsRef<[T]> for NonEmpty<T> {
    fn as_ref(&self) -> &[T] {
        &self.0
    }
}

/// Appends the elements of an iterator.
///
/// ```
/// let mut list = omvarld::model::NonEmpty::new(1);
/// list.extend([2, 3]);
/// assert_eq!(list.as_slice(), [1, 2, 3]);
/// ```
impl<T> Extend<T> for NonEmpty<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        self.0.extend(iter);
    }
}

/// The elements, by value.
///
/// ```
/// let list = omvarld::model::NonEmpty::new(String::from("a"));
/// let owned: Vec<String> = list.into_iter().collect();
/// assert_eq!(owned, ["a"]);
/// ```
impl<T> IntoIterator for NonEmpty<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

/// The elements, by reference.
///
/// ```
/// let list = omvarld::model::NonEmpty::new(1);
/// for n in &list {
///     assert_eq!(*n, 1);
/// }
/// ```
impl<'a, T> IntoIterator for &'a NonEmpty<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// The elements, by mutable reference.
///
/// ```
/// let mut list = omvarld::model::NonEmpty::new(1);
/// for n in &mut list {
///     *n += 1;
/// }
/// assert_eq!(list.as_slice(), [2]);
/// ```
impl<'a, T> IntoIterator for &'a mut NonEmpty<T> {
    type Item = &'a mut T;
    type IntoIter = std::slice::IterMut<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter_mut()
    }
}

/// Compares with a `Vec` of the same elements.
///
/// ```
/// let list = omvarld::model::NonEmpty::new(1);
/// assert_eq!(list, vec![1]);
/// ```
impl<T: PartialEq<U>, U> PartialEq<Vec<U>> for NonEmpty<T> {
    fn eq(&self, other: &Vec<U>) -> bool {
        self.0 == *other
    }
}

/// Formats as the list of elements.
///
/// ```
/// let list = omvarld::model::NonEmpty::new(1);
/// assert_eq!(format!("{list:?}"), "[1]");
/// ```
impl<T: fmt::Debug> fmt::Debug for NonEmpty<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

/// Writes a JSON array.
///
/// ```
/// let list = omvarld::model::NonEmpty::new("a");
/// assert_eq!(serde_json::to_string(&list)?, r#"["a"]"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
impl<T: Serialize> Serialize for NonEmpty<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

/// Reads a JSON array with at least one element.
///
/// ```
/// use omvarld::model::NonEmpty;
/// let list: NonEmpty<u8> = serde_json::from_str("[1, 2]")?;
/// assert_eq!(list.len(), 2);
/// let err = serde_json::from_str::<NonEmpty<u8>>("[]").unwrap_err();
/// assert!(err.to_string().starts_with("invalid length 0, expected at least one element"));
/// # Ok::<(), serde_json::Error>(())
/// ```
impl<'de, T: Deserialize<'de>> Deserialize<'de> for NonEmpty<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Self::from_read(Vec::<T>::deserialize(deserializer)?)
    }
}

impl<T> NonEmpty<T> {
    /// A list read by a deserializer, or serde's error for an empty one.
    pub(crate) fn from_read<E: de::Error>(list: Vec<T>) -> Result<Self, E> {
        if list.is_empty() {
            return Err(E::invalid_length(0, &Self::EXPECTED));
        }
        Ok(Self(list))
    }
}

/// The array schema with `minItems: 1`.
///
/// ```
/// let schema = schemars::schema_for!(omvarld::model::NonEmpty<String>);
/// assert_eq!(schema.get("minItems"), Some(&serde_json::json!(1)));
/// assert_eq!(schema.get("items"), Some(&serde_json::json!({"type": "string"})));
/// ```
impl<T: schemars::JsonSchema> schemars::JsonSchema for NonEmpty<T> {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        format!("NonEmpty_Array_of_{}", T::schema_name()).into()
    }
    fn schema_id() -> Cow<'static, str> {
        format!("NonEmpty<[{}]>", T::schema_id()).into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut schema = Vec::<T>::json_schema(generator);
        schema.insert("minItems".into(), 1.into());
        schema
    }
}
