"""Equivalence classes of given names: Belarusian, Russian, Ukrainian, Polish and English forms
and the usual diminutives, one class a line as ``class gender: form form ...``.

Forms are compared by phonetic key, so a spelling that folds to a listed one (Aliaksandr and
Alyaksandr, Siarhei and Sergey) need not be listed. A form may sit in two classes (Sasha is short
for Alexander and Alexandra); two names match when their classes intersect.
"""

from __future__ import annotations

GIVEN_NAME_CLASSES = """
alexander m: Alexander Aleksandr Aliaksandr Aleksander Oleksandr Alexandre Alessandro Ales Alesь
  Алесь Аляксандр Александр Олександр Sasha Sashka Shura Sanya Olek Alex Sania
alexei m: Alexei Aleksei Alexey Aliaksei Aleksy Oleksiy Oleksii Алексей Аляксей Олексій Lyosha
  Lesha Alyosha Alex Aliosha
alexandra f: Alexandra Aleksandra Aliaksandra Oleksandra Александра Аляксандра Sasha Shura Sania
  Sanya
alesia f: Alesia Alesya Olesya Olesia Алеся Олеся Lesia
anatoly m: Anatoly Anatoli Anatoliy Anatol Anatolii Анатолий Анатоль Tolya Tolia
andrei m: Andrei Andrey Andrej Andrzej Andrew Andriy Andrii Андрей Андрэй Андрій Andryusha Andrusha
anton m: Anton Antoni Antoine Антон Antosha
arkady m: Arkady Arkadi Arkadiy Arkadz Аркадий Аркадзь Arkadiusz
artyom m: Artyom Artem Artsiom Artsem Artiom Artemiy Артём Артем Арцём Tyoma
boris m: Boris Barys Borys Барыс Борис Borya
vadim m: Vadim Vadzim Wadim Вадим Вадзім
valentin m: Valentin Valiantsin Walenty Valentyn Валентин Валянцін Valya
valery m: Valery Valeriy Valeri Valer Valerii Walery Валерий Валерый Валер Valera
vasily m: Vasily Vasili Vasil Vasyl Wasyl Vasilii Василий Васіль Vasya
viktor m: Viktor Viktar Victor Wiktor Віктар Виктор Vitya
vitaly m: Vitaly Vitali Vitaliy Vital Witalij Vitalii Виталий Віталь Vitalik
vladimir m: Vladimir Uladzimir Uladzimer Wlodzimierz Volodymyr Уладзімір Владимир Володимир Volodya
  Vova Vovka Vlad Valodzia
vladislav m: Vladislav Uladzislau Wladyslaw Vladyslav Уладзіслаў Владислав Vlad Vladik
vyacheslav m: Vyacheslav Viachaslau Wiaczeslaw Viacheslav Vyachaslau Вячаслаў Вячеслав Slava
gennady m: Gennady Gennadi Gennadiy Hienadz Henadz Genadz Henadzi Генадзь Геннадий Gena Hena
georgy m: Georgy Georgi Georgiy Heorhi Heorhiy Jerzy George Georg Георгий Георгій Zhora
yuri m: Yuri Yury Jury Juri Yuriy Iouri Jerzy Юрый Юрий Юрій Yura
grigory m: Grigory Grigori Grigoriy Ryhor Rygor Hryhoriy Hryhorii Grzegorz Gregory Рыгор Григорий
  Grisha
denis m: Denis Dzianis Dzenis Denys Дзяніс Денис Denys Dionizy
dmitry m: Dmitry Dmitri Dmitriy Dzmitry Dzmitri Dzmitryi Dymitr Dmytro Зміцер Дзмітрый Дмитрий
  Zmitser Zmicier Dima Mitya Dzima
yevgeny m: Yevgeny Evgeny Evgeni Yevgeniy Yauhen Yauheni Eugeniusz Jauhien Яўген Евгений
  Yevhen Zhenya Zhenia
yegor m: Yegor Egor Jahor Yahor Ягор Егор
ivan m: Ivan Иван Іван Vanya Vania
jan m: Jan Yan Ян Janek Yanka Janka John Jon Johnny Johann Johannes Hans Jack Jean Juan Giovanni
igor m: Igor Ihar Ігар Игорь Ihor
ilya m: Ilya Illia Ilia Ilja Eliasz Elias Ілья Илья Illya
kirill m: Kirill Kiryl Kiryla Kirył Cyril Кірыл Кирилл Kirylo
konstantin m: Konstantin Kanstantsin Kastus Konstanty Kostya Kostia Kanstantin Канстанцін Кастусь
  Константин Constantine Kostyantyn
leonid m: Leonid Leanid Lieanid Леанід Леонид Lyonya Lenya
maksim m: Maksim Maxim Maksym Maks Max Максім Максим Maximilian Maksymilian
mikhail m: Mikhail Mikhas Mikhal Michal Michael Mykhailo Michel Miguel Міхаіл Міхась Михаил Misha
  Mikhailo
nikolai m: Nikolai Nikolay Mikalai Mikalay Mikola Mikolaj Mykola Nicholas Nikolaj Nicolas Мікалай
  Мікола Николай Kolya Kolia
oleg m: Oleg Aleh Alieh Олег Алег Oleh Olieg
pavel m: Pavel Paval Paul Pawel Pavlo Павел Павал Pasha Paulius Pablo Paolo
pyotr m: Pyotr Petr Piotr Piatro Pyatro Peter Petro Pierre Pietro Пётр Пятро Петр Petya Petia
roman m: Roman Raman Раман Роман Roma
sergei m: Sergei Sergey Sergej Siarhei Siarhiej Sierhiej Serhiy Serhii Sergiusz Sergio Serge
  Сяргей Сергей Сергій Seryozha Serezha Siarozha
stanislav m: Stanislav Stanislau Stanislaw Станіслаў Станислав Stas Slava
stepan m: Stepan Stsiapan Sciapan Stefan Stephen Steven Сцяпан Степан Styopa
taras m: Taras Тарас
fyodor m: Fyodor Fedor Fiodar Fedar Fiodor Teodor Feodor Theodore Хведар Fyodar Фёдар Фёдор Fedya
frantsishak m: Frantsishak Franciszek Francis Franz Frantisek Franak Frantsysk Francesco Франак
  Францішак Франц Frants Franciszak
yaroslav m: Yaroslav Yaraslau Jaroslaw Ярослав Яраслаў Slava Yarik
eduard m: Eduard Edward Eduardo Эдуард Эдвард Edik
semyon m: Semyon Semen Siamion Simon Szymon Symon Сямён Семён Сымон Siamen
zianon m: Zianon Zenon Зянон Зенон
nikita m: Nikita Mikita Мікіта Никита Mykyta
yakov m: Yakov Yakau Jakub Jakob Jacob Jacques James Yakiv Якаў Яков Якуб
iosif m: Iosif Joseph Jozef Josef Yazep Yosyp Giuseppe Язэп Иосиф Osip
matvei m: Matvei Matvey Matsvei Mateusz Matthew Matthias Мацвей Матвей Matvii
mark m: Mark Marek Marco Marc Marcus Марк
daniil m: Daniil Danila Danil Daniel Danyla Данііл Даниил Даніла Даниэль Danik
artur m: Artur Arthur Артур
ruslan m: Ruslan Руслан
timofei m: Timofei Timofey Tsimafei Tymoteusz Timothy Tymofiy Цімафей Тимофей Tima
lev m: Lev Leu Leo Leon Лев Леў Lew
arseny m: Arseny Arseni Arseniy Arsen Арсений Арсень Arseni
gleb m: Gleb Hleb Глеб
kazimir m: Kazimir Kazimierz Казімір Казимир Kazik
vintsent m: Vintsent Wincenty Vincent Вінцэнт Викентий Vikentiy Vintsuk Вінцук Wincuk
yuras m: Yuras Juras Юрась
emil m: Emil Emile Эміль Эмиль
oskar m: Oskar Oscar Аскар
keith m: Keith
anna f: Anna Hanna Ganna Анна Ганна Anya Ania Anka Hanka Anne Ann Annie
antonina f: Antonina Antanina Антаніна Антонина
valentina f: Valentina Valiantsina Walentyna Valentyna Валянціна Валентина Valya Valia
valeria f: Valeria Valeriya Valeryia Waleria Валерыя Валерия Lera
vera f: Vera Viera Wiera Віра Вера Vira
viktoria f: Viktoria Viktoryia Victoria Wiktoria Viktoriya Вікторыя Виктория Vika
galina f: Galina Halina Галіна Галина Galya Halya Galia Halia
darya f: Darya Daria Daryia Dariya Daryja Дар'я Дарья Dasha
yevgenia f: Yevgenia Evgenia Yauheniya Yauhenia Eugenia Jauhienija Яўгенія Евгения Zhenya
  Zhenia
yekaterina f: Yekaterina Ekaterina Katsiaryna Katsiarina Katarzyna Katherine Catherine Kateryna
  Кацярына Екатерина Katya Katia Kate Kasia
yelena f: Yelena Elena Alena Aliona Alyona Helena Helen Hélène Olena Алена Елена Олена Алёна Lena
  Elena
zhanna f: Zhanna Жанна Jeanne Joanna
zoya f: Zoya Zoja Зоя
irina f: Irina Iryna Irena Irene Ірына Ирина Ira
ksenia f: Ksenia Kseniya Ksenija Ksienija Kseniia Ксения Ксенія Ksyusha
oksana f: Oksana Aksana Аксана Оксана
larisa f: Larisa Larysa Larissa Ларыса Лариса Lara
lyudmila f: Lyudmila Liudmila Ludmila Ludmiła Людміла Людмила Luda Mila
maria f: Maria Maryia Mariya Marya Maryja Marie Mary Мария Марыя Марія Masha Marusia Mariia
marina f: Marina Maryna Марына Марина Marinka
nadezhda f: Nadezhda Nadzeya Nadzieja Nadiya Надзея Надежда Надія Nadya Nadia
natalia f: Natalia Natalya Natallia Nataliya Natalie Nathalie Наталля Наталья Наталия Natasha
  Natalka
nina f: Nina Ніна Нина
olga f: Olga Volha Wolha Olha Вольга Ольга Ольга Olya Olia
polina f: Polina Palina Pauline Паліна Полина
raisa f: Raisa Raisa Раиса Раіса
svetlana f: Svetlana Sviatlana Swiatlana Svitlana Святлана Светлана Світлана Sveta
tatiana f: Tatiana Tatyana Tatsiana Tacciana Taciana Tatjana Tetiana Таццяна Татьяна Тетяна Tanya
  Tania
yulia f: Yulia Yuliya Julia Julija Juliya Yuliia Julie Juliette Юлія Юлия Yulya
  Iulia Ioulia Youlia
yana f: Yana Jana Яна
elizaveta f: Elizaveta Yelizaveta Lizaveta Elizabeth Elzbieta Elisabeth Лізавета Елизавета Liza
sofia f: Sofia Sofiya Sophia Zofia Sofya Sophie Safiya Соф'я София Сафія
anzhelika f: Anzhelika Anzhalika Angelika Angelica Анжаліка Анжелика
veronika f: Veronika Veranika Weronika Вераніка Вероника
alla f: Alla Ала Алла
inna f: Inna Іна Инна
kristina f: Kristina Krystsina Krystyna Christina Christine Крысціна Кристина
margarita f: Margarita Marharyta Małgorzata Margaret Маргарыта Маргарита Rita
nastassia f: Anastasia Anastasiya Nastassia Nastassja Nastasia Anastazja Anastasiia Анастасия
  Анастасія Настасся Nastya Nastia Nasta Наста Настя
liliya f: Liliya Lilia Lilija Liliana Лілія Лилия
lyubov f: Lyubov Liubou Lubou Любоў Любовь Luba Liuba
tamara f: Tamara Тамара
marfa f: Marfa Марфа Marta Martha
alina f: Alina Аліна Алина
diana f: Diana Дзіяна Диана
"""
